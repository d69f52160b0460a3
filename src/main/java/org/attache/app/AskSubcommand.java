package org.attache.app;

import org.attache.console.AskCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code attache ask QUESTION…} or {@code attache ask --json}. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers one question, cited.",
            "With --json, reads questions from standard input, one per line, and prints one JSON object per line."})
final class AskSubcommand extends Subcommand {
    @Option(names = "--json", description = "Questions on standard input; one JSON answer per line.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    List<String> words = List.of();

    AskSubcommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws Exception {
        if (json == !words.isEmpty()) {
            invocation.err().println(json ? "ask --json reads its questions from standard input, not from the "
                    + "command line" : "ask needs a question, e.g. attache ask \"Is Ecuador a member of OPEC?\"");
            return 2;
        }
        AskCommand ask = new AskCommand(Warnings.of(invocation.startup().engine(), invocation.err()));
        if (json) {
            ask.askJson(invocation.input(), invocation.out());
        } else {
            ask.ask(String.join(" ", words), invocation.out());
        }
        return 0;
    }
}
