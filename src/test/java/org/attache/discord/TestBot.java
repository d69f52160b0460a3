package org.attache.discord;

import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.TestDataset;
import org.attache.answer.AnswerEngine;
import org.attache.fact.RelationsDataset;
import org.attache.quiz.QuizService;
import org.attache.understand.QuestionReader;

import java.util.Optional;

/** The real bot, on the bundled dataset unless told otherwise, connected through JDA to the test's Discord double. */
final class TestBot {
    private TestBot() {
    }

    static ShardManager start(DiscordApiDouble discord, int questionsPerMinute, Optional<QuizService> quizzes)
            throws InterruptedException {
        return start(discord, questionsPerMinute, quizzes, TestDataset.bundled());
    }

    /** The real bot on another dataset (e.g. the bundled sources and the corpus). */
    static ShardManager start(DiscordApiDouble discord, int questionsPerMinute, Optional<QuizService> quizzes,
                     RelationsDataset dataset) throws InterruptedException {
        return start(discord, questionsPerMinute, quizzes, dataset, QuizTimer.ownThread());
    }

    /** The real bot on the bundled dataset, its quiz timers fired by the test. */
    static ShardManager start(DiscordApiDouble discord, QuizService quizzes, TimersFiredByTheTest timers)
            throws InterruptedException {
        return start(discord, 1000, Optional.of(quizzes), TestDataset.bundled(), new QuizTimer(timers));
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
        return start(settings, Optional.of(quizzes), TestDataset.bundled(), new QuizTimer(timers));
    }

    /** The real bot on the bundled dataset, without quizzes, its handlers run by {@code workers}. */
    static ShardManager start(DiscordApiDouble discord, int questionsPerMinute, Workers workers)
            throws InterruptedException {
        DiscordSettings settings = new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()),
                questionsPerMinute, Optional.empty(), ShardSlice.all(1), workers.deferAfter());
        AnswerEngine engine = new AnswerEngine(TestDataset.bundled(), new QuestionReader(TestDataset.gazetteer()),
                100);
        return DiscordBot.start("test-token", settings, engine, Optional.empty(), QuizTimer.ownThread(), workers);
    }

    private static ShardManager start(DiscordApiDouble discord, int questionsPerMinute, Optional<QuizService> quizzes,
                                      RelationsDataset dataset, QuizTimer timer) throws InterruptedException {
        return start(new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()), questionsPerMinute,
                Optional.empty()), quizzes, dataset, timer);
    }

    private static ShardManager start(DiscordSettings settings, Optional<QuizService> quizzes,
                                      RelationsDataset dataset, QuizTimer timer) throws InterruptedException {
        AnswerEngine engine = new AnswerEngine(dataset, new QuestionReader(TestDataset.gazetteer()), 100);
        return DiscordBot.start("test-token", settings, engine, quizzes, timer);
    }

    static void stop(ShardManager bot, DiscordApiDouble discord) {
        if (bot != null) {
            bot.shutdown();
        }
        if (discord != null) {
            discord.close();
        }
    }
}
