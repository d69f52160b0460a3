package org.attache.app;

import org.slf4j.LoggerFactory;
import picocli.AutoComplete;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The composition root: the command line ({@link AttacheCommand} and its subcommands, on picocli), run against the
 * process's streams and environment. A user's mistake gets one line and exit code 2; nothing a user can cause
 * prints a stack trace (traces are logged at debug level).
 */
public final class Main {
    /** The subcommands that answer questions; no subcommand at all is the console or the bot, which do too. */
    private static final Set<String> ANSWERING = Set.of("ask", "sources", "console", "bot");

    private Main() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), System.in, out, err, System.getenv()));
    }

    /** Runs one invocation; returns the process exit code. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err,
                          Map<String, String> environment) throws IOException, InterruptedException {
        Invocation invocation = new Invocation(in, out, err, environment);
        if (args.isEmpty() || ANSWERING.contains(args.get(0))) {
            // building the command line costs a cold start a fifth of a second: the data loads meanwhile
            invocation.beginAnswering();
        }
        CommandLine cli = new CommandLine(new AttacheCommand(invocation))
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand(new AskSubcommand(invocation))
                .addSubcommand(new FactsSubcommand(invocation))
                .addSubcommand(new SourcesSubcommand(invocation))
                .addSubcommand(new ValidateSubcommand(invocation))
                .addSubcommand(new ConsoleSubcommand(invocation))
                .addSubcommand(new BotSubcommand(invocation))
                .addSubcommand(new StatusSubcommand(invocation))
                .addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
        cli.getCommandSpec().versionProvider(new VersionInfo(invocation));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler(Main::failure);
        return cli.execute(args.toArray(String[]::new));
    }

    /** A command line that does not parse: what is wrong and where to look, in one line. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String hint = "";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            hint = "did you mean " + String.join(" or ", unmatched.getSuggestions()) + "? ";
        }
        command.getErr().println(e.getMessage() + " (" + hint + "see: " + command.getCommandSpec().qualifiedName()
                + " --help)");
        return CommandLine.ExitCode.USAGE;
    }

    private static int failure(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof ConfigurationError) {
            // a setting the user wrote wrong: its name, its value and what is allowed, in one line
            command.getErr().println("configuration error: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        if (e instanceof NothingToServe) {
            command.getErr().println(e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        if (e instanceof InterruptedException) {
            throw e;
        }
        LoggerFactory.getLogger(Main.class).debug("{} failed", command.getCommandName(), e);
        command.getErr().println(command.getCommandSpec().qualifiedName() + " failed: " + OneLine.of(e)
                + " (ATTACHE_LOG_LEVEL=DEBUG shows the details)");
        return CommandLine.ExitCode.SOFTWARE;
    }
}
