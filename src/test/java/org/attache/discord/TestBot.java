package org.attache.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.TestDataset;
import org.attache.answer.AnswerEngine;
import org.attache.quiz.QuizService;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The real bot, on the bundled dataset unless told otherwise, connected through JDA to the test's Discord double. */
final class TestBot {
    private TestBot() {
    }

    static ShardManager start(DiscordApiDouble discord, int questionsPerMinute, Optional<QuizService> quizzes)
            throws InterruptedException {
        return start(discord, questionsPerMinute, quizzes, QuizTimer.ownThread());
    }

    /** The real bot answering with {@code engine}, without quizzes. */
    static ShardManager start(DiscordApiDouble discord, AnswerEngine engine) throws InterruptedException {
        return DiscordBot.start("test-token", new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()),
                1000, Optional.empty()), engine, Optional.empty());
    }

    /** The real bot on the bundled dataset, its quiz timers fired by the test. */
    static ShardManager start(DiscordApiDouble discord, QuizService quizzes, TimersFiredByTheTest timers)
            throws InterruptedException {
        return start(discord, 1000, Optional.of(quizzes), new QuizTimer(timers));
    }

    /** The real bot on the bundled dataset running some of the shards, its quiz timers fired by the test. */
    static ShardManager start(DiscordApiDouble discord, ShardSlice shards, QuizService quizzes,
                              TimersFiredByTheTest timers) throws InterruptedException {
        return start(new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()), 1000, Optional.empty(),
                shards, DiscordSettings.DEFER_AFTER), quizzes, timers);
    }

    /** The real bot on the bundled dataset as {@code settings} say, its quiz timers fired by the test. */
    static ShardManager start(DiscordSettings settings, QuizService quizzes, TimersFiredByTheTest timers)
            throws InterruptedException {
        return start(settings, Optional.of(quizzes), new QuizTimer(timers));
    }

    /** The real bot on the bundled dataset, without quizzes, its handlers run by {@code workers}. */
    static ShardManager start(DiscordApiDouble discord, int questionsPerMinute, Workers workers)
            throws InterruptedException {
        DiscordSettings settings = new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()),
                questionsPerMinute, Optional.empty(), ShardSlice.all(1), workers.deferAfter());
        return DiscordBot.start("test-token", settings, bundledEngine(), Optional.empty(), QuizTimer.ownThread(),
                workers);
    }

    private static ShardManager start(DiscordApiDouble discord, int questionsPerMinute, Optional<QuizService> quizzes,
                                      QuizTimer timer) throws InterruptedException {
        return start(new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()), questionsPerMinute,
                Optional.empty()), quizzes, timer);
    }

    private static ShardManager start(DiscordSettings settings, Optional<QuizService> quizzes, QuizTimer timer)
            throws InterruptedException {
        return DiscordBot.start("test-token", settings, bundledEngine(), quizzes, timer);
    }

    /** Each bot its own engine, as each process has: its answers are cached apart. */
    private static AnswerEngine bundledEngine() {
        return new AnswerEngine(TestDataset.bundled(), TestDataset.questionReader(), 100);
    }

    /** Shuts the bot down, as a process that is stopped, and waits until every shard has (30 s at most each). */
    static void shutDown(ShardManager bot) throws InterruptedException {
        List<String> stuck = shutDownAndWait(bot);
        if (!stuck.isEmpty()) {
            throw new AssertionError("30 s after the bot was shut down: " + stuck);
        }
    }

    /** Shuts the bot down at once and waits for its shards; returns those still not shut down after 30 s. */
    private static List<String> shutDownAndWait(ShardManager bot) throws InterruptedException {
        // the shard manager forgets its shards as it shuts them down: they are taken first
        List<JDA> shards = List.copyOf(bot.getShards());
        // at once, as a process that is stopped: JDA's graceful shutdown waits for requests still queued, and with
        // any queued it notices it has finished only at the clean-up of its buckets, up to a minute later
        shards.forEach(JDA::shutdownNow);
        bot.shutdown();
        List<String> stuck = new ArrayList<>();
        for (JDA shard : shards) {
            if (!shard.awaitShutdown(Duration.ofSeconds(30))) {
                stuck.add("shard " + shard.getShardInfo() + " still " + shard.getStatus());
            }
        }
        return stuck;
    }

    /**
     * Stops the bot and then the double, once the bot has been quiet a moment: its last replies reach a server still
     * there, rather than log failures into the run.
     */
    static void stop(ShardManager bot, DiscordApiDouble discord) {
        try {
            if (bot != null && discord != null) {
                discord.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(5));
            }
            if (bot != null) {
                shutDownAndWait(bot).forEach(stuck -> LoggerFactory.getLogger(TestBot.class).warn("{} after 30 s",
                        stuck));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (discord != null) {
            discord.close();
        }
    }
}
