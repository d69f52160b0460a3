package org.attache.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.attache.answer.Answer;
import org.attache.answer.AnswerEngine;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A slash command: how it is declared to Discord, and how an invocation becomes its reply (an {@link Answer}
 * rendered, with page buttons where the answer is paged).
 *
 * @param definition what Discord shows users
 * @param replier    the invocation to its reply
 */
record SlashCommand(SlashCommandData definition, Function<SlashCommandInteractionEvent, MessageCreateData> replier)
        implements SlashHandler {

    @Override
    public Acknowledgement acknowledgement(SlashCommandInteractionEvent event) {
        return Acknowledgement.PUBLIC;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Reply reply) {
        reply.show(replier.apply(event));
    }

    /** A command whose reply is one answer. */
    static SlashCommand answering(SlashCommandData definition,
                                  Function<SlashCommandInteractionEvent, Answer> answerer) {
        return new SlashCommand(definition, answerer.andThen(AnswerMessage::of));
    }

    /** Every command that answers from the engine. */
    static List<SlashCommand> all(AnswerEngine engine, PagedReplies pages) {
        return List.of(
                answering(Commands.slash("ask", "Ask about the diplomatic relations of a country")
                        .addOption(OptionType.STRING, "question", "Your question, e.g. When did El Salvador and"
                                + " Mexico establish relations?", true),
                        event -> engine.answer(event.getOption("question", "", o -> o.getAsString()))),
                new SlashCommand(Commands.slash("relations", "A country's diplomatic relations, with sources")
                        .addOption(OptionType.STRING, "country", "The country whose article to read", true, true)
                        .addOption(OptionType.STRING, "with", "Another country or organisation", false, true),
                        event -> pages.relations(event.getOption("country", "", o -> o.getAsString()),
                                Optional.ofNullable(event.getOption("with", o -> o.getAsString())))),
                new SlashCommand(Commands.slash("sources", "The countries and snapshots the answers come from")
                        .addOptions(new OptionData(OptionType.INTEGER, "page", "Which page (1 if left out)", false)
                                .setMinValue(1)),
                        event -> pages.sources(event.getOption("page", 1, o -> o.getAsInt()))),
                answering(Commands.slash("help", "How to ask the bot"), event -> engine.help()));
    }
}
