package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.logging.LoggedErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Discord's rate limits, ours, and questions past every size, through the real JDA client. */
class DiscordResilienceTest {
    private static final String MESSAGES = "/api/v10/channels/" + DiscordApiDouble.CHANNEL_ID + "/messages";

    private DiscordApiDouble discord;
    private ShardManager jda;

    @BeforeEach
    void startBot() throws InterruptedException {
        discord = new DiscordApiDouble();
        jda = TestBot.start(discord, 2, Optional.empty());
    }

    @AfterEach
    void stopBot() {
        TestBot.stop(jda, discord);
    }

    private static boolean isReply(DiscordApiDouble.Recorded r) {
        return r.method().equals("POST") && r.path().equals(MESSAGES);
    }

    @Test
    void aReplyRefusedWith429IsSentAgainAfterRetryAfter() throws InterruptedException {
        discord.rateLimitNextMessages(1, 1.0);
        int before = discord.requests().size();
        discord.userPostsInChannel("<@" + DiscordApiDouble.BOT_ID + "> is el salvador in sica", true);
        discord.await(before, DiscordResilienceTest::isReply, 10);
        List<DiscordApiDouble.Recorded> attempts = waitForAttempts(before, 2);
        long waited = TimeUnit.NANOSECONDS.toMillis(attempts.get(1).at() - attempts.get(0).at());
        assertTrue(waited >= 900, "the retry waited " + waited + " ms for retry_after");
        assertEquals(1, LoggedErrors.claim("RestRateLimiter", line -> line.contains("rate limit"), 10).size(),
                "JDA logs the 429 it met");
        assertTrue(attempts.get(1).body().get("embeds").get(0).get("description").asText()
                .contains("Central American Integration System"));
    }

    @Test
    void aUserAskingTooFastIsToldToWait() throws InterruptedException {
        int before = discord.requests().size();
        for (int i = 0; i < 3; i++) {
            discord.userPostsInChannel("<@" + DiscordApiDouble.BOT_ID + "> is el salvador in sica " + i, true);
        }
        List<DiscordApiDouble.Recorded> replies = waitForAttempts(before, 3);
        long refusals = replies.stream().filter(r -> r.body().path("content").asText().contains("try again in a minute"))
                .count();
        assertEquals(1, refusals, "the third question of the minute is refused, kindly");
    }

    @Test
    void aTenKilobyteQuestionGetsABoundedReplyThatPingsNobody() throws InterruptedException {
        int before = discord.requests().size();
        String huge = "<@" + DiscordApiDouble.BOT_ID + "> @everyone " + "is el salvador in sica? ".repeat(430);
        assertTrue(huge.length() > 10_000);
        discord.userPostsInChannel(huge, true);
        JsonNode body = discord.await(before, DiscordResilienceTest::isReply, 10).body();
        assertTrue(body.get("embeds").get(0).get("description").asText().length() <= 2000);
        assertEquals(0, body.get("allowed_mentions").get("parse").size());
    }

    @Test
    void aQuestionAskedAsTheConnectionDropsIsAnsweredOnceTheSessionResumes() throws InterruptedException {
        int before = discord.requests().size();
        discord.dropGatewayConnectionWhile(() -> discord.userPostsInChannel("<@" + DiscordApiDouble.BOT_ID
                + "> is el salvador in sica", true));
        JsonNode body = discord.await(before, DiscordResilienceTest::isReply, 20).body();
        assertTrue(body.get("embeds").get(0).get("description").asText().contains("Central American Integration"));
        assertEquals(1, discord.resumes(), "the session was resumed, not identified afresh");
        assertTrue(discord.replayed() >= 1, "the question came with the resumed session");
    }

    @Test
    void afterADroppedGatewayConnectionTheBotResumesAndAnswersTheNextQuestion() throws InterruptedException {
        discord.dropGatewayConnection();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (discord.resumes() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, discord.resumes(), "the session was resumed");
        assertEquals(1, discord.identifies(), "not identified afresh");
        int before = discord.requests().size();
        discord.userPostsInChannel("<@" + DiscordApiDouble.BOT_ID + "> is el salvador in sica", true);
        JsonNode body = discord.await(before, DiscordResilienceTest::isReply, 10).body();
        assertTrue(body.get("embeds").get(0).get("description").asText().contains("Central American Integration"));
    }

    @Test
    void aReplyThatMeetsAServerErrorIsSentAgain() throws InterruptedException {
        discord.failNextMessages(1, 502);
        int before = discord.requests().size();
        discord.userPostsInChannel("<@" + DiscordApiDouble.BOT_ID + "> is ecuador a member of opec", true);
        List<DiscordApiDouble.Recorded> attempts = waitForAttempts(before, 2);
        assertTrue(attempts.get(1).body().get("embeds").get(0).get("description").asText()
                .contains("Organization of Petroleum Exporting Countries"));
    }

    @Test
    void anInvalidSessionMakesTheBotIdentifyAfreshAndGoOnAnswering() throws InterruptedException {
        discord.invalidateNextResume();
        discord.dropGatewayConnection();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (discord.identifies() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(2, discord.identifies(), "identified again after the invalid session");
        // the fresh session takes events once JDA has loaded it: a message posted before that reaches no session
        while (jda.getShardById(0).getStatus() != JDA.Status.CONNECTED && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(JDA.Status.CONNECTED, jda.getShardById(0).getStatus(), "connected again after the invalid session");
        int before = discord.requests().size();
        discord.userPostsInChannel("<@" + DiscordApiDouble.BOT_ID + "> is el salvador in sica", true);
        discord.await(before, DiscordResilienceTest::isReply, 10);
        // JDA counts an unanswered heartbeat across connections: when this test's connections follow each other
        // faster than an answer comes back, JDA closes the next one as a zombie, and logs a connection closed within
        // 5 s of identifying as an identify rate limit. That is its reading of the churn this test provokes.
        LoggedErrors.claim("WebSocketClient", m -> m.startsWith("Encountered IDENTIFY Rate Limit"), 0);
    }

    private List<DiscordApiDouble.Recorded> waitForAttempts(int from, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<DiscordApiDouble.Recorded> attempts = discord.requests().stream().skip(from)
                    .filter(DiscordResilienceTest::isReply).toList();
            if (attempts.size() >= count) {
                return attempts;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + count + " replies: " + discord.requests());
    }
}
