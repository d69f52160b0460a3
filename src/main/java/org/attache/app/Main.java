package org.attache.app;

import org.attache.console.DatasetConsole;
import org.attache.console.FactsCommand;
import org.attache.console.ValidateCommand;
import org.attache.fact.DatasetLoader;
import org.attache.fact.RelationsDataset;
import org.attache.nlp.EnglishModels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The composition root: reads the configuration, loads the dataset, and runs what was asked.
 * <pre>
 *   attache                              the interactive console on the bundled dataset
 *   attache facts [--country NAME] [--json]
 *   attache validate
 * </pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), System.in, out, err, System.getenv()));
    }

    /** Runs one invocation; returns the process exit code. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err,
                          Map<String, String> environment) throws IOException {
        String command = args.isEmpty() ? "console" : args.get(0);
        if (!List.of("console", "facts", "validate", "help", "--help").contains(command)) {
            err.println("unknown command '" + command + "'. Commands: facts [--country NAME] [--json], validate");
            return 2;
        }
        if (command.equals("help") || command.equals("--help")) {
            out.println("usage: attache [facts [--country NAME] [--json] | validate]");
            return 0;
        }
        AttacheConfig config = AttacheConfig.load(environment);
        RelationsDataset dataset = new DatasetLoader(EnglishModels.get()).load(config.manifest(), config.gazetteer());
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        return switch (command) {
            case "facts" -> new FactsCommand(dataset).run(rest, out, err);
            case "validate" -> new ValidateCommand(dataset).run(out, err);
            default -> {
                if (environment.containsKey("DISCORD_TOKEN")) {
                    err.println("DISCORD_TOKEN is set, but this version has no Discord front end yet:"
                            + " starting the console instead.");
                }
                dataset.problems().forEach(p -> err.println("warning: " + p));
                yield new DatasetConsole(dataset).run(
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out, err);
            }
        };
    }
}
