package org.attache.app;

import org.attache.answer.AnswerEngine;
import org.attache.console.ConsoleCompleter;
import org.attache.console.DatasetConsole;
import org.attache.console.TerminalLines;
import org.jline.terminal.TerminalBuilder;
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
        DatasetConsole console = new DatasetConsole(engine.dataset(), engine);
        if (invocation.in() != System.in || System.console() == null) {
            // piped input, a file, a test: plain lines, as ever, and no history kept
            return console.run(invocation.input(), invocation.out());
        }
        try (TerminalLines lines = TerminalLines.open(TerminalBuilder.builder().system(true).build(),
                new ConsoleCompleter(engine.dataset().gazetteer()), invocation.config().consoleHistory())) {
            return console.run(lines, invocation.out());
        }
    }
}
