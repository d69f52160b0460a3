package org.attache.discord;

import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.TestDataset;
import org.attache.answer.AnswerEngine;
import org.attache.quiz.QuizService;

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

    /**
     * Stops the bot and then the double, once the bot has been quiet a moment: its last replies reach a server still
     * there, rather than log failures into the run.
     */
    static void stop(ShardManager bot, DiscordApiDouble discord) {
        if (bot != null && discord != null) {
            try {
                discord.awaitQuiet(java.time.Duration.ofMillis(300), java.time.Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (bot != null) {
            // the shard manager forgets its shards as it shuts them down: they are taken first
            java.util.List<net.dv8tion.jda.api.JDA> shards = java.util.List.copyOf(bot.getShards());
            bot.shutdown();
            for (net.dv8tion.jda.api.JDA shard : shards) {
                try {
                    if (!shard.awaitShutdown(java.time.Duration.ofSeconds(30))) {
                        org.slf4j.LoggerFactory.getLogger(TestBot.class).warn("shard {} still {} after 30 s",
                                shard.getShardInfo(), shard.getStatus());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (discord != null) {
            discord.close();
        }
    }
}
