package org.attache.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** A slash command: how Discord shows it, how an invocation is acknowledged, and the work it does afterwards. */
interface SlashHandler {
    SlashCommandData definition();

    /** Decided at once, on the gateway thread: from the invocation's name and options only, never a lookup. */
    Acknowledgement acknowledgement(SlashCommandInteractionEvent event);

    /** Runs on a worker thread, after the acknowledgement. */
    void handle(SlashCommandInteractionEvent event, Reply reply);
}
