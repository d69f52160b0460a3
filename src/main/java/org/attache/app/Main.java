package org.attache.app;

import org.attache.answer.AnswerEngine;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.console.AskCommand;
import org.attache.fact.RelationsDataset;
import org.attache.discord.DiscordBot;
import org.attache.quiz.QuizService;
import org.attache.storage.Database;
import org.attache.storage.FactIdRenames;
import org.attache.storage.QuizStore;
import org.attache.console.DatasetConsole;
import org.attache.console.FactsCommand;
import org.attache.console.ValidateCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The composition root: reads the configuration, loads the dataset, and runs what was asked.
 * <pre>
 *   attache                              with DISCORD_TOKEN set, the Discord bot; without, the interactive console
 *   attache ask "QUESTION" | ask --json
 *   attache facts [--country NAME] [--json]
 *   attache validate
 * </pre>
 */
public final class Main {
    private static final String USAGE = "usage: attache [ask \"QUESTION\" | ask --json | facts [--country NAME]"
            + " [--json] | validate]  (no command: the interactive console)";

    private Main() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), System.in, out, err, System.getenv()));
    }

    /** Every problem with the sources, one line each, before any command uses them. */
    private static RelationsDataset warned(RelationsDataset dataset, PrintStream err) {
        dataset.problems().forEach(p -> err.println("warning: " + p));
        return dataset;
    }

    private static AnswerEngine warned(AnswerEngine engine, PrintStream err) {
        warned(engine.dataset(), err);
        return engine;
    }

    /** Runs one invocation; returns the process exit code. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err,
                          Map<String, String> environment) throws IOException, InterruptedException {
        String command = args.isEmpty() ? "console" : args.get(0);
        if (!List.of("console", "ask", "facts", "validate", "help", "--help").contains(command)) {
            err.println("unknown command '" + command + "'. " + USAGE);
            return 2;
        }
        if (command.equals("help") || command.equals("--help")) {
            out.println(USAGE);
            return 0;
        }
        AttacheConfig config;
        try {
            config = AttacheConfig.load(environment);
        } catch (IllegalArgumentException e) {
            // a setting the user wrote wrong: its name, its value and what is allowed, in one line
            err.println("configuration error: " + e.getMessage());
            return 2;
        }
        Startup startup = new Startup(config, err);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        BufferedReader input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return switch (command) {
            case "facts" -> new FactsCommand(warned(startup.prepared().dataset(), err)).run(rest, out, err);
            case "validate" -> new ValidateCommand(startup.parsedDataset()).run(out, err);
            case "ask" -> new AskCommand(warned(startup.engine(), err)).run(rest, input, out, err);
            default -> {
                AnswerEngine engine = warned(startup.engine(), err);
                String token = environment.getOrDefault("DISCORD_TOKEN", "");
                if (!token.isBlank()) {
                    QuizService quizzes = new QuizService(engine.dataset(),
                            new QuizStore(Database.open(config.storage(), FactIdRenames.of(engine.dataset().facts()))),
                            config.scoring(), Clock.systemUTC());
                    ShardManager bot = DiscordBot.start(token, config.discord(), engine, Optional.of(quizzes));
                    err.println("connected to Discord as " + bot.getShards().get(0).getSelfUser().getName()
                            + " (shards " + config.discord().shards().ids() + " of " + config.discord().shards().total()
                            + "); answering mentions and direct messages");
                    for (JDA shard : bot.getShards()) {
                        shard.awaitShutdown();
                    }
                    yield 0;
                }
                yield new DatasetConsole(engine.dataset(), engine).run(input, out, err);
            }
        };
    }
}
