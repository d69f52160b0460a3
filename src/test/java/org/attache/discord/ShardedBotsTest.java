package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.TestDataset;
import org.attache.quiz.QuizService;
import org.attache.quiz.Scoring;
import org.attache.storage.Database;
import org.attache.storage.QuizStore;
import org.attache.storage.StorageSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.attache.discord.DiscordApiDouble.CHANNEL_ID;
import static org.attache.discord.DiscordApiDouble.GUILD_ID;
import static org.attache.discord.DiscordApiDouble.SECOND_CHANNEL_ID;
import static org.attache.discord.DiscordApiDouble.SECOND_GUILD_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two bot processes, this test's JVM and one it starts, running shards 0 and 1 of 2 over one PostgreSQL: each times
 * the quizzes of its own servers, and the second, killed mid-quiz and started again, takes up only its own.
 */
class ShardedBotsTest {
    private EmbeddedPostgres postgres;
    private StorageSettings storage;
    private DiscordApiDouble discord;
    private ShardManager first;
    private ShardInAnotherProcess second;

    @BeforeEach
    void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        storage = new StorageSettings(postgres.getJdbcUrl("postgres", "postgres"), Optional.of("postgres"),
                Optional.empty());
        discord = new DiscordApiDouble();
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (second != null) {
            second.close();
        }
        TestBot.stop(first, discord);
        postgres.close();
    }

    private ShardInAnotherProcess secondProcess() throws IOException {
        return ShardInAnotherProcess.launch(discord, storage.url(), "postgres", 1, 2);
    }

    @Test
    void eachProcessTimesItsOwnServersQuizzesAndARestartLosesAndDoublesNothing() throws Exception {
        second = secondProcess();
        TimersFiredByTheTest firstTimers = new TimersFiredByTheTest();
        first = TestBot.start(discord, new ShardSlice(2, List.of(0)), new QuizService(TestDataset.bundled(),
                new QuizStore(Database.open(storage)), Scoring.DEFAULT, Clock.systemUTC()), firstTimers);
        second.awaitReady();
        assertEquals(Set.of(0, 1), discord.shards(), "each process identified its own shard");
        assertEquals(List.of(GUILD_ID), first.getGuilds().stream().map(g -> g.getId()).toList());

        String onFirst = startTimedQuiz(GUILD_ID, CHANNEL_ID);
        String onSecond = startTimedQuiz(SECOND_GUILD_ID, SECOND_CHANNEL_ID);
        assertEquals(1, firstTimers.waiting(), "shard 0's process times the quiz of its server");
        assertEquals(1, second.waiting(), "shard 1's process times the quiz of its server");

        click(GUILD_ID, CHANNEL_ID, onFirst, "500000000000000501");
        click(GUILD_ID, CHANNEL_ID, onFirst, "500000000000000502");
        click(SECOND_GUILD_ID, SECOND_CHANNEL_ID, onSecond, "500000000000000503");

        // the second process dies mid-quiz and is started again
        second.kill();
        second = secondProcess().awaitReady();
        assertEquals(1, second.waiting(), "the restarted process took up its own quiz, not the other's");
        click(SECOND_GUILD_ID, SECOND_CHANNEL_ID, onSecond, "500000000000000504");
        String again = click(SECOND_GUILD_ID, SECOND_CHANNEL_ID, onSecond, "500000000000000503");
        assertTrue(discord.reply(again, 10).get("content").asText().contains("already answered"));

        firstTimers.fire();
        second.fire();
        awaitReveal(CHANNEL_ID);
        awaitReveal(SECOND_CHANNEL_ID);
        QuizStore store = new QuizStore(Database.open(storage));
        assertEquals(2, store.answers(onFirst, 0).size(), "no answer lost or counted twice on shard 0's server");
        assertEquals(2, store.answers(onSecond, 0).size(), "no answer lost or counted twice across the restart");
        Thread.sleep(500);
        assertEquals(1, reveals(CHANNEL_ID), "one reveal");
        assertEquals(1, reveals(SECOND_CHANNEL_ID), "one reveal across the restart");
    }

    private String startTimedQuiz(String guild, String channel) throws InterruptedException {
        String start = DiscordApiDouble.snowflakeNow();
        discord.hostRunsQuizIn(guild, channel, start, "start", "questions", 2, "seconds", 30);
        JsonNode question = discord.reply(start, 20);
        return DiscordApiDouble.sessionOf(question.get("components").get(0).get("components").get(0)
                .get("custom_id").asText());
    }

    private String click(String guild, String channel, String session, String user) throws InterruptedException {
        String click = DiscordApiDouble.snowflakeNow();
        discord.userClicksButtonIn(guild, channel, click, user, QuizMessages.buttonId(session, 0, 0));
        discord.reply(click, 10);
        return click;
    }

    private void awaitReveal(String channel) throws InterruptedException {
        discord.await(0, r -> isReveal(r, channel), 10);
    }

    private long reveals(String channel) {
        return discord.requests().stream().filter(r -> isReveal(r, channel)).count();
    }

    private static boolean isReveal(DiscordApiDouble.Recorded request, String channel) {
        return request.method().equals("POST") && request.path().equals("/api/v10/channels/" + channel + "/messages")
                && request.body().path("embeds").path(0).path("title").asText().startsWith("Answer to question 1");
    }
}
