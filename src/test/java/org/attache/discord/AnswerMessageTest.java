package org.attache.discord;

import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.attache.answer.Answer;
import org.attache.answer.Citation;
import org.attache.answer.ConflictNote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerMessageTest {
    @Test
    void aLongAnswerStaysWithinEveryDiscordLimitAndIsCutOnABoundary() {
        String sentence = "El Salvador and Mexico established diplomatic relations in 1838. ";
        List<Citation> citations = new ArrayList<>();
        List<ConflictNote> conflicts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            citations.add(new Citation("Foreign relations of El Salvador", "https://en.wikipedia.org/wiki/X#Y",
                    Optional.of("Mexico"), List.of("https://example.org/" + i), "2019-11", sentence.repeat(40),
                    List.of("citation needed in the source")));
            conflicts.add(new ConflictNote("2014-10", sentence.repeat(40), "https://en.wikipedia.org/wiki/X"));
        }
        Answer answer = new Answer("q", true, "overview", List.of(), sentence.repeat(100), citations, conflicts);

        MessageCreateData message = AnswerMessage.of(answer);
        MessageEmbed embed = message.getEmbeds().get(0);
        assertTrue(embed.getLength() <= MessageEmbed.EMBED_MAX_LENGTH_BOT, "embed " + embed.getLength());
        assertTrue(embed.getDescription().length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertTrue(embed.getDescription().endsWith("…"), "the cut is marked");
        assertTrue(embed.getFields().size() <= 25);
        for (MessageEmbed.Field field : embed.getFields()) {
            assertTrue(field.getValue().length() <= MessageEmbed.VALUE_MAX_LENGTH);
        }
        assertTrue(message.getContent().length() <= 2000);
    }
}
