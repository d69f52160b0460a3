package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.TestDataset;
import org.attache.logging.LoggedErrors;
import org.attache.quiz.QuizService;
import org.attache.quiz.Scoring;
import org.attache.storage.Database;
import org.attache.storage.QuizStore;
import org.attache.storage.StorageSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A host-paced quiz through the real JDA client and the Discord double, on a real SQLite store. */
class QuizInDiscordTest {

    @TempDir
    Path folder;
    private DiscordApiDouble discord;
    private ShardManager jda;
    private QuizStore store;
    private TimersFiredByTheTest timers;

    @BeforeEach
    void startBot() throws InterruptedException {
        discord = new DiscordApiDouble();
        store = new QuizStore(Database.open(new StorageSettings("jdbc:sqlite:" + folder.resolve("quiz.db"),
                Optional.empty(), Optional.empty())));
        timers = new TimersFiredByTheTest();
        jda = TestBot.start(discord, new QuizService(TestDataset.bundled(), store, Scoring.DEFAULT, Clock.systemUTC()),
                timers);
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
    }

    @AfterEach
    void stopBot() {
        TestBot.stop(jda, discord);
    }

    private JsonNode callback(String interactionId) throws InterruptedException {
        return discord.callback(interactionId, 10);
    }

    /** The host starts a host-paced quiz in the guild channel: its session, read from its first question's buttons. */
    private String hostStartsAQuizOf(int questions) throws InterruptedException {
        String start = DiscordApiDouble.snowflakeNow();
        discord.hostRunsQuiz(start, "start", "questions", questions);
        return DiscordApiDouble.sessionOf(discord.reply(start, 10).get("components").get(0).get("components").get(0)
                .get("custom_id").asText());
    }

    /** What the user sees of the bot's reply. */
    private JsonNode reply(String interactionId) throws InterruptedException {
        return discord.reply(interactionId, 10);
    }

    @Test
    void startClickDoubleClickRevealWithCitationLateClickAndStop() throws InterruptedException {
        String start = DiscordApiDouble.snowflakeNow();
        discord.hostRunsQuiz(start, "start", "questions", 2);
        JsonNode question = discord.reply(start, 10);
        assertTrue(question.get("embeds").get(0).get("title").asText().startsWith("Question 1 of 2"));
        assertEquals(0, question.get("allowed_mentions").get("parse").size(), "the first question pings nobody");
        String firstButton = question.get("components").get(0).get("components").get(0).get("custom_id").asText();
        String sessionId = DiscordApiDouble.sessionOf(firstButton);
        int right = store.question(sessionId, 0).orElseThrow().correctOption();
        int wrong = (right + 1) % 4;

        discord.userClicksButton("800000000000000002", "500000000000000101",
                QuizMessages.buttonId(sessionId, 0, right));
        assertTrue(discord.onlyTheUserSees("800000000000000002", 10), "a click's note is the clicker's alone");
        assertTrue(reply("800000000000000002").get("content").asText().contains("recorded"));

        discord.userClicksButton("800000000000000003", "500000000000000101",
                QuizMessages.buttonId(sessionId, 0, wrong));
        assertTrue(reply("800000000000000003").get("content").asText().contains("already answered"));

        int before = discord.requests().size();
        discord.userClicksButton("800000000000000004", DiscordApiDouble.USER_ID, QuizMessages.nextId(sessionId, 0));
        JsonNode reveal = discord.await(before, r -> r.method().equals("POST") && r.path().endsWith("/messages")
                && r.body().path("embeds").path(0).path("title").asText().startsWith("Answer to question 1"), 10).body();
        JsonNode revealEmbed = reveal.get("embeds").get(0);
        assertTrue(revealEmbed.get("description").asText().contains("1 got it right: <@500000000000000101>"),
                revealEmbed.toString());
        assertEquals(0, reveal.get("allowed_mentions").get("parse").size(), "naming who got it pings nobody");
        assertTrue(revealEmbed.get("fields").get(0).get("value").asText().contains("https://en.wikipedia.org/wiki/"));
        discord.await(before, r -> r.method().equals("POST") && r.path().endsWith("/messages")
                && r.body().path("embeds").path(0).path("title").asText().startsWith("Question 2 of 2"), 10);

        discord.userClicksButton("800000000000000005", "500000000000000102",
                QuizMessages.buttonId(sessionId, 0, right));
        assertTrue(reply("800000000000000005").get("content").asText().contains("Too late"));

        discord.hostRunsQuiz("800000000000000006", "stop");
        JsonNode ranking = reply("800000000000000006");
        assertTrue(ranking.get("embeds").get(0).get("description").asText().contains("500000000000000101"));
        assertEquals(0, ranking.get("allowed_mentions").get("parse").size(), "the ranking pings nobody");

        // a player flags the revealed question; moderators see it with the fact it tests
        String flag = reveal.get("components").get(0).get("components").get(0).get("custom_id").asText();
        discord.userClicksButton("800000000000000007", "500000000000000102", flag);
        assertTrue(reply("800000000000000007").get("content").asText().contains("moderators"));
        discord.hostRunsQuiz("800000000000000008", "flags");
        assertTrue(reply("800000000000000008").get("content").asText()
                .contains("https://en.wikipedia.org/wiki/"));

        discord.userRunsSlashCommand("800000000000000009", "leaderboard", "period", "week");
        String board = reply("800000000000000009").get("embeds").get(0).get("description").asText();
        assertTrue(board.startsWith("1. <@500000000000000101>") && board.contains("100% right (1/1)"), board);

        discord.hostRunsQuiz("800000000000000010", "stats");
        assertTrue(reply("800000000000000010").get("embeds").get(0).get("description").asText()
                .contains("0 answered"));
    }

    @Test
    void aSecondStartInTheSameChannelIsRefusedAtOnceAndOnlyToItsAuthor() throws InterruptedException {
        String start = DiscordApiDouble.snowflakeNow();
        discord.hostRunsQuiz(start, "start", "questions", 1);
        assertTrue(discord.reply(start, 10).get("embeds").get(0).get("title").asText().startsWith("Question 1 of 1"));
        String again = DiscordApiDouble.snowflakeNow();
        discord.hostRunsQuiz(again, "start", "questions", 1);
        assertTrue(discord.onlyTheUserSees(again, 10), "the refusal is its author's alone");
        assertTrue(reply(again).get("content").asText().contains("already running"));
    }

    @Test
    void aTimedQuizCarriesOnAfterTheBotRestartsBetweenTwoClicks() throws InterruptedException {
        String start = DiscordApiDouble.snowflakeNow();
        discord.hostRunsQuiz(start, "start", "questions", 1, "seconds", 10);
        JsonNode question = discord.reply(start, 10);
        String sessionId = DiscordApiDouble.sessionOf(question.get("components").get(0).get("components").get(0)
                .get("custom_id").asText());
        int right = store.question(sessionId, 0).orElseThrow().correctOption();
        discord.userClicksButton("800000000000000022", "500000000000000201", QuizMessages.buttonId(sessionId, 0, right));
        callback("800000000000000022");

        // the bot goes down and comes back on the same database; the next click and the timer still work
        TestBot.shutDown(jda);
        timers = new TimersFiredByTheTest();
        jda = TestBot.start(discord, new QuizService(TestDataset.bundled(), store, Scoring.DEFAULT, Clock.systemUTC()),
                timers);
        discord.userClicksButton("800000000000000023", "500000000000000202", QuizMessages.buttonId(sessionId, 0, right));
        assertTrue(reply("800000000000000023").get("content").asText().contains("recorded"));
        assertEquals(1, timers.waiting(), "the restarted bot took up the question's timer");
        timers.fire();

        JsonNode reveal = discord.await(0, r -> r.method().equals("POST") && r.path().endsWith("/messages")
                && r.body().path("embeds").path(0).path("title").asText().startsWith("Answer to question 1"), 20).body();
        assertTrue(reveal.get("embeds").get(0).get("description").asText().contains("2 got it right"),
                reveal.toString());
        discord.await(0, r -> r.method().equals("POST") && r.path().endsWith("/messages")
                && r.body().path("embeds").path(0).path("title").asText().equals("Final ranking"), 10);
    }

    @Test
    void aTimedQuestionIsRevealedAsSoonAsEveryoneActiveHasAnswered() throws InterruptedException {
        String start = DiscordApiDouble.snowflakeNow();
        discord.hostRunsQuiz(start, "start", "questions", 2, "seconds", 10);
        JsonNode question = discord.reply(start, 10);
        String sessionId = DiscordApiDouble.sessionOf(question.get("components").get(0).get("components").get(0)
                .get("custom_id").asText());
        discord.userClicksButton("800000000000000032", "500000000000000301", QuizMessages.buttonId(sessionId, 0, 0));
        callback("800000000000000032");
        // the first question waits for its timer; the second is revealed at the one active player's answer
        assertEquals(1, timers.waiting());
        timers.fire();
        discord.await(0, r -> r.method().equals("POST") && r.path().endsWith("/messages")
                && r.body().path("embeds").path(0).path("title").asText().startsWith("Question 2 of 2"), 10);
        discord.userClicksButton("800000000000000033", "500000000000000301", QuizMessages.buttonId(sessionId, 1, 0));
        discord.await(0, r -> r.method().equals("POST") && r.path().endsWith("/messages")
                && r.body().path("embeds").path(0).path("title").asText().startsWith("Answer to question 2"), 10);
        assertEquals(1, timers.waiting(), "revealed while the second question's timer still waits");
    }

    @Test
    void aDirectMessageQuizIsSoloAndRevealsEachAnswerAtOnce() throws InterruptedException {
        String start = DiscordApiDouble.snowflakeNow();
        discord.userStartsQuizInDirectMessage(start, 1);
        JsonNode question = discord.reply(start, 10);
        String sessionId = DiscordApiDouble.sessionOf(question.get("components").get(0).get("components").get(0)
                .get("custom_id").asText());
        int right = store.question(sessionId, 0).orElseThrow().correctOption();
        discord.userClicksButtonInDirectMessage(DiscordApiDouble.snowflakeNow(), QuizMessages.buttonId(sessionId, 0, right));
        // in the bot's DMs the quiz goes on through the interaction's follow-ups
        JsonNode reveal = discord.await(0, r -> r.method().equals("POST") && r.path().startsWith("/api/v10/webhooks/")
                && r.body().path("embeds").path(0).path("title").asText().startsWith("Answer to question 1"), 10).body();
        assertTrue(reveal.get("embeds").get(0).get("description").asText().contains("1 got it right"));
        discord.await(0, r -> r.path().startsWith("/api/v10/webhooks/")
                && r.body().path("embeds").path(0).path("title").asText().equals("Final ranking"), 10);
    }

    @Test
    void aButtonOfAQuizInAnotherChannelCountsNowhere() throws InterruptedException {
        String sessionId = hostStartsAQuizOf(1);
        String click = DiscordApiDouble.snowflakeNow();
        discord.userClicksButtonInDirectMessage(click, QuizMessages.buttonId(sessionId, 0, 0));
        assertTrue(reply(click).get("content").asText().contains("another channel"), reply(click).toString());
        assertTrue(store.answers(sessionId, 0).isEmpty(), "the click was not recorded");
    }

    @Test
    void aHandlerThatFailsGivesTheUserAReferenceThatFindsItsOneLogLine() throws Exception {
        String sessionId = hostStartsAQuizOf(1);
        // the database loses a table under the running bot
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + folder.resolve("quiz.db"))) {
            connection.createStatement().execute("DROP TABLE quiz_answer");
        }
        String click = DiscordApiDouble.snowflakeNow();
        discord.userClicksButton(click, "500000000000000401", QuizMessages.buttonId(sessionId, 0, 0));
        String said = reply(click).get("content").asText();
        java.util.regex.Matcher ref = java.util.regex.Pattern.compile("Something went wrong \\(ref ([0-9a-f]{6})\\); "
                + "it has been logged\\.").matcher(said);
        assertTrue(ref.matches(), said);
        assertTrue(discord.onlyTheUserSees(click, 10));
        assertEquals(1, LoggedErrors.claim(FailureReports.class.getName(), line -> line.contains("(ref " + ref.group(1)
                + ")"), 10).size(), "one error line carries the reference");
        // the bot goes on answering
        String help = DiscordApiDouble.snowflakeNow();
        discord.userRunsSlashCommand(help, "help");
        assertTrue(reply(help).get("embeds").get(0).get("description").asText().startsWith("Ask me about"));
    }

    @Test
    void aQuizWhoseRevealerStoppedBeforeMovingOnIsMovedOnAfterARestart() throws InterruptedException {
        String start = DiscordApiDouble.snowflakeNow();
        discord.hostRunsQuiz(start, "start", "questions", 2, "seconds", 10);
        String sessionId = DiscordApiDouble.sessionOf(discord.reply(start, 10).get("components").get(0)
                .get("components").get(0).get("custom_id").asText());
        TestBot.shutDown(jda);
        // a process revealed the first question half a minute ago and stopped before posting what follows
        QuizService dying = new QuizService(TestDataset.bundled(), store, Scoring.DEFAULT,
                Clock.offset(Clock.systemUTC(), java.time.Duration.ofSeconds(-30)));
        assertTrue(dying.reveal(sessionId, 0).isPresent());
        int before = discord.requests().size();
        timers = new TimersFiredByTheTest();
        jda = TestBot.start(discord, new QuizService(TestDataset.bundled(), store, Scoring.DEFAULT, Clock.systemUTC()),
                timers);
        timers.fire();
        discord.await(before, r -> r.method().equals("POST") && r.path().endsWith("/messages")
                && r.body().path("embeds").path(0).path("title").asText().startsWith("Question 2 of 2"), 10);
        assertEquals(1, store.session(sessionId).orElseThrow().currentIndex(), "moved on to the second question");
    }
}
