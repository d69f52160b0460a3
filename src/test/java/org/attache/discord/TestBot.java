package org.attache.discord;

import net.dv8tion.jda.api.JDA;
import org.attache.TestDataset;
import org.attache.answer.AnswerEngine;
import org.attache.quiz.QuizService;
import org.attache.understand.QuestionReader;

import java.util.Optional;

/** The real bot on the bundled dataset, connected through JDA to a Discord double of the test's. */
final class TestBot {
    private TestBot() {
    }

    static JDA start(DiscordApiDouble discord, int questionsPerMinute, Optional<QuizService> quizzes)
            throws InterruptedException {
        AnswerEngine engine = new AnswerEngine(TestDataset.bundled(), new QuestionReader(TestDataset.gazetteer()), 100);
        return DiscordBot.start("test-token", new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()),
                questionsPerMinute, Optional.empty()), engine, quizzes);
    }

    static void stop(JDA jda, DiscordApiDouble discord) {
        if (jda != null) {
            jda.shutdownNow();
        }
        if (discord != null) {
            discord.close();
        }
    }
}
