package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.logging.LoggedErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How an interaction is acknowledged, through the real JDA client and the local Discord double: by the reply itself
 * when the handler is done before the deadline, by a deferral when it is not, and then the reply edits what the
 * deferral showed. Handlers held by the test are slower than any deadline.
 */
class AcknowledgementTest {
    private static final String WEBHOOK = "/api/v10/webhooks/" + DiscordApiDouble.APPLICATION_ID + "/token-";

    private final DiscordApiDouble discord = new DiscordApiDouble();
    private ShardManager bot;

    @AfterEach
    void stopBot() {
        TestBot.stop(bot, discord);
    }

    private void start(int questionsPerMinute, ThreadPoolExecutor handlers, Duration deferAfter)
            throws InterruptedException {
        start(questionsPerMinute, handlers, deferAfter, new Backlog(handlers.getMaximumPoolSize()));
    }

    private void start(int questionsPerMinute, ExecutorService handlers, Duration deferAfter,
                       Backlog backlog) throws InterruptedException {
        bot = TestBot.start(discord, questionsPerMinute, new Workers(handlers,
                Executors.newSingleThreadScheduledExecutor(), deferAfter, backlog));
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
    }

    private static ThreadPoolExecutor handlerThreads(int threads) {
        return (ThreadPoolExecutor) Executors.newFixedThreadPool(threads);
    }

    /** A bot whose handlers start only when the test releases them, long after their 20 ms deadline. */
    private HandlersHeldByTheTest heldPastTheDeadline(int questionsPerMinute) throws InterruptedException {
        HandlersHeldByTheTest handlers = new HandlersHeldByTheTest();
        start(questionsPerMinute, handlers, Duration.ofMillis(20));
        return handlers;
    }

    private static String description(JsonNode message) {
        return message.get("embeds").get(0).get("description").asText();
    }

    @Test
    void aReplyReadyBeforeTheDeadlineIsItsOwnAcknowledgementInOneRequest() throws InterruptedException {
        start(1000, handlerThreads(2), DiscordSettings.LATEST_DEFERRAL);
        discord.userRunsSlashCommand("910000000000000001", "help");
        JsonNode callback = discord.callback("910000000000000001", 10);
        assertEquals(4, callback.get("type").asInt(), "the reply itself: " + callback);
        assertTrue(description(callback.get("data")).contains("/sources"), callback.toString());
        assertEquals(0, callback.get("data").get("allowed_mentions").get("parse").size(), "it pings nobody");

        discord.userClicksButton("910000000000000002", DiscordApiDouble.USER_ID,
                ComponentIds.encode(ComponentId.Page.relations("Ecuador", 2)));
        JsonNode click = discord.callback("910000000000000002", 10);
        assertEquals(7, click.get("type").asInt(), "the click's edit itself: " + click);
        assertTrue(description(click.get("data")).contains("; page 2 of "), click.toString());
        assertFalse(discord.requests().stream().anyMatch(r -> r.path().startsWith(WEBHOOK + "910000000000000001")
                || r.path().startsWith(WEBHOOK + "910000000000000002")), "nothing was edited afterwards");
    }

    @Test
    void aCommandPastTheDeadlineShowsThinkingWhichTheReplyThenReplaces() throws InterruptedException {
        HandlersHeldByTheTest handlers = heldPastTheDeadline(1000);
        discord.userRunsSlashCommand("910000000000000011", "help");
        JsonNode callback = discord.callback("910000000000000011", 10);
        assertEquals(5, callback.get("type").asInt(), "deferred: " + callback);
        assertEquals(0, callback.path("data").path("flags").asInt() & DiscordApiDouble.EPHEMERAL,
                "the channel sees the bot thinking");
        assertEquals(1, handlers.waiting(), "deferred while its handler had not started");

        handlers.release();
        assertTrue(description(discord.reply("910000000000000011", 10)).contains("/sources"));
    }

    @Test
    void aCommandBehindWorkThatCannotBeDoneByItsDeadlineIsDeferredAtOnce() throws InterruptedException {
        // every handler takes 1.5 s by the backlog's clock, against a deadline of 2 s
        AtomicLong clock = new AtomicLong();
        Backlog backlog = new Backlog(1, () -> clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500)));
        HandlersHeldByTheTest handlers = new HandlersHeldByTheTest();
        start(1000, handlers, DiscordSettings.LATEST_DEFERRAL, backlog);
        handlers.release();
        discord.userRunsSlashCommand("910000000000000051", "help");
        assertEquals(4, discord.callback("910000000000000051", 10).get("type").asInt(), "nothing measured yet");

        handlers.hold();
        discord.userRunsSlashCommand("910000000000000052", "help");
        discord.userRunsSlashCommand("910000000000000053", "help");
        assertEquals(5, discord.callback("910000000000000053", 10).get("type").asInt(), "second in line: 3 s");
        assertFalse(discord.requests().stream().anyMatch(r -> r.path().startsWith(
                "/api/v10/interactions/910000000000000052/")), "the first in line waits out its deadline");
        assertEquals(5, discord.callback("910000000000000052", 10).get("type").asInt(), "deferred at its deadline");

        handlers.release();
        assertTrue(description(discord.reply("910000000000000052", 10)).contains("/sources"));
        assertTrue(description(discord.reply("910000000000000053", 10)).contains("/sources"));
    }

    @Test
    void aHandlerStillAtWorkWhenTheBotStopsIsNoFailure() throws InterruptedException {
        HandlersHeldByTheTest handlers = heldPastTheDeadline(1000);
        discord.userRunsSlashCommand("910000000000000061", "help");
        assertEquals(5, discord.callback("910000000000000061", 10).get("type").asInt());
        TestBot.shutDown(bot);

        handlers.release();
        assertTrue(handlers.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(List.of(), LoggedErrors.claim("FailureReports", message -> message.startsWith("/help failed"),
                0), "JDA refused the reply of a bot that has stopped: no failure to report");
    }

    @Test
    void aClickPastTheDeadlineIsADeferredEditThenTheEdit() throws InterruptedException {
        HandlersHeldByTheTest handlers = heldPastTheDeadline(1000);
        discord.userClicksButton("910000000000000021", DiscordApiDouble.USER_ID,
                ComponentIds.encode(ComponentId.Page.relations("Ecuador", 2)));
        assertEquals(6, discord.callback("910000000000000021", 10).get("type").asInt());

        handlers.release();
        assertTrue(description(discord.reply("910000000000000021", 10)).contains("; page 2 of "));
    }

    @Test
    void aNoteAfterThinkingInTheChannelTakesThinkingAwayAndOnlyTheUserSeesIt() throws InterruptedException {
        HandlersHeldByTheTest handlers = heldPastTheDeadline(1);
        discord.userRunsSlashCommand("910000000000000031", "ask", "question", "is ecuador a member of opec");
        discord.userRunsSlashCommand("910000000000000032", "ask", "question", "is ecuador a member of opec");
        assertEquals(5, discord.callback("910000000000000032", 10).get("type").asInt());

        handlers.release();
        JsonNode answer = discord.reply("910000000000000031", 10);
        assertTrue(answer.get("embeds").get(0).get("fields").get(0).get("value").asText()
                .contains("Foreign_relations_of_Ecuador"), "the answer, cited: " + answer);
        String thinking = WEBHOOK + "910000000000000032/messages/";
        discord.await(0, r -> r.method().equals("DELETE") && (r.path().equals(thinking + "@original")
                || r.path().equals(thinking + "%40original")), 10);
        JsonNode note = discord.reply("910000000000000032", 10);
        assertEquals(UserRateLimit.message(), note.get("content").asText());
        assertTrue(discord.onlyTheUserSees("910000000000000032", 10));
    }

    @Test
    void aNoteBeforeTheDeadlineIsAReplyOnlyTheUserSees() throws InterruptedException {
        start(1, handlerThreads(1), DiscordSettings.LATEST_DEFERRAL);
        discord.userRunsSlashCommand("910000000000000041", "ask", "question", "is ecuador a member of opec");
        discord.reply("910000000000000041", 10);
        discord.userRunsSlashCommand("910000000000000042", "ask", "question", "is ecuador a member of opec");
        JsonNode callback = discord.callback("910000000000000042", 10);
        assertEquals(4, callback.get("type").asInt(), callback.toString());
        assertEquals(UserRateLimit.message(), callback.get("data").get("content").asText());
        assertTrue(discord.onlyTheUserSees("910000000000000042", 10));
    }
}
