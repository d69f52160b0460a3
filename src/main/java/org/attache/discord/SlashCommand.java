package org.attache.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.attache.answer.Answer;
import org.attache.answer.AnswerEngine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A slash command: how it is declared to Discord, and how an invocation becomes an {@link Answer}.
 *
 * @param definition what Discord shows users
 * @param answerer   the invocation to its answer
 */
record SlashCommand(SlashCommandData definition, Function<SlashCommandInteractionEvent, Answer> answerer) {

    Answer answer(SlashCommandInteractionEvent event) {
        return answerer.apply(event);
    }

    /** Every command, by name. */
    static Map<String, SlashCommand> all(AnswerEngine engine) {
        Map<String, SlashCommand> commands = new LinkedHashMap<>();
        for (SlashCommand command : List.of(
                new SlashCommand(Commands.slash("ask", "Ask about the diplomatic relations of a country")
                        .addOption(OptionType.STRING, "question", "Your question, e.g. When did El Salvador and"
                                + " Mexico establish relations?", true),
                        event -> engine.answer(event.getOption("question", "", o -> o.getAsString()))),
                new SlashCommand(Commands.slash("relations", "A country's diplomatic relations, with sources")
                        .addOption(OptionType.STRING, "country", "The country whose article to read", true, true)
                        .addOption(OptionType.STRING, "with", "Another country or organisation", false, true),
                        event -> engine.relations(event.getOption("country", "", o -> o.getAsString()),
                                Optional.ofNullable(event.getOption("with", o -> o.getAsString())))),
                new SlashCommand(Commands.slash("sources", "What the bot's answers are based on"),
                        event -> engine.coverage()),
                new SlashCommand(Commands.slash("help", "How to ask the bot"), event -> engine.help()))) {
            commands.put(command.definition().getName(), command);
        }
        return commands;
    }

    static List<SlashCommandData> definitions(AnswerEngine engine) {
        return all(engine).values().stream().map(SlashCommand::definition).toList();
    }
}
