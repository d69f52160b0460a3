package org.attache.discord;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.attache.answer.Answer;
import org.attache.answer.Citation;
import org.attache.answer.ConflictNote;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@link Answer} as a Discord message: an embed with the answer, the evidence quote and its citation fields,
 * older snapshots' disagreements beneath, and a link button to the cited section. Every piece is cut to Discord's
 * limits on a sentence or line boundary.
 */
final class AnswerMessage {
    private static final int DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    private static final int FIELD = MessageEmbed.VALUE_MAX_LENGTH;
    private static final int MAX_CITATIONS = 3;
    private static final int EMBED_TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    private static final int MAX_FIELDS = 25;
    private static final int ANSWERED_COLOUR = 0x2E7D32;
    private static final int UNANSWERED_COLOUR = 0x757575;

    private AnswerMessage() {
    }

    static MessageCreateData of(Answer answer) {
        return of(answer, List.of());
    }

    /** The answer with buttons of its own (a paged reply's Prev and Next) before the link to the section. */
    static MessageCreateData of(Answer answer, List<Button> buttons) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(answer.answered() ? ANSWERED_COLOUR : UNANSWERED_COLOUR)
                .setDescription(Limits.cut(answer.text(), DESCRIPTION));
        List<Citation> citations = answer.citations().subList(0, Math.min(MAX_CITATIONS, answer.citations().size()));
        for (Citation citation : citations) {
            addField(embed, "Source", source(citation));
        }
        for (ConflictNote conflict : answer.conflicts()) {
            addField(embed, "An older snapshot (" + conflict.snapshot() + ") said",
                    "> " + conflict.quote() + "\n" + conflict.url());
        }
        MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embed.build());
        List<Button> row = new ArrayList<>(buttons);
        if (!citations.isEmpty()) {
            row.add(Button.link(citations.get(0).url(), "Open the section"));
        }
        if (!row.isEmpty()) {
            message.setComponents(ActionRow.of(row));
        }
        return message.build();
    }

    /** Adds a field cut to its limit, unless the embed would then pass Discord's 6,000 characters or 25 fields. */
    private static void addField(EmbedBuilder embed, String name, String value) {
        String cut = Limits.cut(value, FIELD);
        if (embed.getFields().size() < MAX_FIELDS && embed.length() + name.length() + cut.length() <= EMBED_TOTAL) {
            embed.addField(name, cut, false);
        }
    }

    private static String source(Citation citation) {
        StringBuilder text = new StringBuilder("> ").append(citation.quote()).append('\n')
                .append("*").append(citation.title()).append("*, snapshot ").append(citation.snapshot())
                .append(citation.section().map(s -> ", section " + s).orElse("")).append('\n')
                .append(citation.url());
        if (!citation.references().isEmpty()) {
            text.append("\nReferences: ").append(citation.references().stream().map(r -> "<" + r + ">")
                    .collect(Collectors.joining(" ")));
        }
        if (!citation.flags().isEmpty()) {
            text.append("\nNote: ").append(String.join("; ", citation.flags()));
        }
        return text.toString();
    }
}
