package org.attache.app;

import org.attache.answer.AnswerEngine;
import org.attache.console.DatasetConsole;
import picocli.CommandLine.Command;

/** {@code attache console}: questions and commands typed in the terminal, on the same engine as the bot's. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Asks questions and runs commands in the terminal (the default without DISCORD_TOKEN).")
final class ConsoleSubcommand extends Subcommand {
    ConsoleSubcommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws Exception {
        AnswerEngine engine = Warnings.of(invocation.startup().engine(), invocation.err());
        return new DatasetConsole(engine.dataset(), engine).run(invocation.input(), invocation.out(),
                invocation.err());
    }
}
