package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.JDA;
import org.attache.TestDataset;
import org.attache.answer.AnswerEngine;
import org.attache.understand.QuestionReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slash commands through the real JDA client and the local Discord double. */
class SlashCommandTest {
    private static DiscordApiDouble discord;
    private static JDA jda;

    @BeforeAll
    static void startBot() throws InterruptedException {
        discord = new DiscordApiDouble();
        AnswerEngine engine = new AnswerEngine(TestDataset.bundled(), new QuestionReader(TestDataset.gazetteer()), 100);
        jda = DiscordBot.start("test-token", new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()), 1000),
                engine);
    }

    @AfterAll
    static void stopBot() {
        if (jda != null) {
            jda.shutdownNow();
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void registersAskSourcesAndHelpOnStart() throws InterruptedException {
        DiscordApiDouble.Recorded registration = discord.await(0, r -> r.method().equals("PUT")
                && r.path().endsWith("/commands"), 10);
        List<String> names = new ArrayList<>();
        registration.body().forEach(c -> names.add(c.get("name").asText()));
        assertTrue(names.containsAll(List.of("ask", "sources", "help")), names.toString());
    }

    @Test
    void askAnswersWithACitedEmbedAndPingsNobody() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userRunsSlashCommand("600000000000000001", "ask", "question",
                "where does ecuador have consulates-general in spain");
        JsonNode callback = discord.await(0, r -> r.path().equals(
                "/api/v10/interactions/600000000000000001/token-600000000000000001/callback"), 10).body();
        assertEquals(4, callback.get("type").asInt(), "answered at once, within Discord's 3 seconds");
        JsonNode data = callback.get("data");
        String description = data.get("embeds").get(0).get("description").asText();
        assertTrue(description.contains("Alicante") && description.contains("Valencia"), description);
        assertTrue(data.get("embeds").get(0).get("fields").get(0).get("value").asText()
                .contains("Foreign_relations_of_Ecuador#Spain"));
        assertEquals(0, data.get("allowed_mentions").get("parse").size());
    }

    @Test
    void sourcesListsTheArticlesAndSnapshots() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userRunsSlashCommand("600000000000000002", "sources");
        JsonNode callback = discord.await(0, r -> r.path().startsWith(
                "/api/v10/interactions/600000000000000002/"), 10).body();
        String description = callback.get("data").get("embeds").get(0).get("description").asText();
        assertTrue(description.contains("Foreign relations of El Salvador, snapshot 2019-11"), description);
        assertTrue(description.contains("Foreign relations of Ecuador, snapshot 2013-01"), description);
    }
}
