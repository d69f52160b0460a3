package org.attache.app;

import picocli.CommandLine.Command;

/**
 * {@code attache}: with no subcommand, the Discord bot when {@code DISCORD_TOKEN} is set, the console otherwise.
 */
@Command(name = "attache", mixinStandardHelpOptions = true,
        description = {"Answers questions about diplomatic relations between countries, every answer cited to its "
            + "Wikipedia article; runs quizzes on Discord.",
            "Without a subcommand: the Discord bot when DISCORD_TOKEN is set, the console otherwise."},
        footer = {"", "Configuration: config/attache.yaml, each setting overridden by its ATTACHE_* variable."})
final class AttacheCommand extends Subcommand {
    AttacheCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws Exception {
        boolean token = !invocation.environment().getOrDefault(BotSubcommand.TOKEN, "").isBlank();
        return token ? new BotSubcommand(invocation).call() : new ConsoleSubcommand(invocation).call();
    }
}
