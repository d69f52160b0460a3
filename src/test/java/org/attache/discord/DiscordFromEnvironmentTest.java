package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import org.attache.app.Main;
import org.attache.logging.LoggedErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bot as {@code java -jar target/attache.jar} runs it: Main with DISCORD_TOKEN and the ATTACHE_DISCORD_*
 * variables pointing at a Discord-compatible server, and nothing else.
 */
class DiscordFromEnvironmentTest {
    @TempDir
    Path folder;

    @Test
    void mainRunsTheBotOnTheServerTheEnvironmentNames() throws Exception {
        try (DiscordApiDouble discord = new DiscordApiDouble()) {
            Map<String, String> environment = Map.of("DISCORD_TOKEN", "secret-token-value",
                    "ATTACHE_DISCORD_REST_URL", discord.restUrl(), "ATTACHE_DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                    "ATTACHE_DISCORD_DEV_GUILD_ID", DiscordApiDouble.GUILD_ID,
                    "ATTACHE_DB_URL", "jdbc:sqlite:" + folder.resolve("attache.db"),
                    "ATTACHE_DISCORD_HEARTBEAT_FILE", folder.resolve("heartbeat").toString(),
                    "ATTACHE_DATA_PREPARED_DIR", folder.resolve("prepared").toString());
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            AtomicInteger exit = new AtomicInteger(-1);
            Thread bot = new Thread(() -> {
                try {
                    exit.set(Main.run(List.of(), new ByteArrayInputStream(new byte[0]),
                            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8), environment));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            bot.start();
            // a development guild gets the commands registered in it, where they show at once
            discord.await(0, r -> r.method().equals("PUT") && r.path().equals("/api/v10/applications/"
                    + DiscordApiDouble.APPLICATION_ID + "/guilds/" + DiscordApiDouble.GUILD_ID + "/commands"), 60);

            int before = discord.requests().size();
            discord.userPostsInChannel("<@" + DiscordApiDouble.BOT_ID + "> when did el salvador recognise kosovo", true);
            JsonNode reply = discord.await(before, r -> r.method().equals("POST") && r.path().endsWith("/messages"), 10)
                    .body();
            assertTrue(reply.get("embeds").get(0).get("description").asText().contains("29 June 2013"));
            ByteArrayOutputStream status = new ByteArrayOutputStream();
            assertEquals(0, Main.run(List.of("status"), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(status, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                    environment), "a running, connected bot is healthy");
            assertTrue(status.toString(StandardCharsets.UTF_8).startsWith("healthy: shards {0=CONNECTED}, 3 articles"),
                    status.toString(StandardCharsets.UTF_8));

            discord.closeGateway(4004);
            bot.join(20_000);
            assertFalse(bot.isAlive(), "the bot stops when Discord ends the session");
            assertEquals(1, LoggedErrors.claim("WebSocketClient", line -> line.contains("identification issues"), 10)
                    .size(), "JDA logs the session Discord ended");
            assertEquals(0, exit.get());
            ByteArrayOutputStream stopped = new ByteArrayOutputStream();
            assertEquals(1, Main.run(List.of("status"), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(stopped, true, StandardCharsets.UTF_8),
                    environment), "a stopped bot is not");
            assertEquals("unhealthy: no heartbeat at " + folder.resolve("heartbeat") + ": the bot is not running\n",
                    stopped.toString(StandardCharsets.UTF_8));
            assertFalse(err.toString(StandardCharsets.UTF_8).contains("secret-token-value"), "the token is never shown");
        }
    }

    @Test
    void aTokenDiscordRefusesStopsTheBotWithOneLineAndExitCodeThree() throws Exception {
        try (DiscordApiDouble discord = new DiscordApiDouble()) {
            discord.refuseTokens();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(List.of("bot"), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                    Map.of("DISCORD_TOKEN", "revoked-token-value", "ATTACHE_DISCORD_REST_URL", discord.restUrl(),
                            "ATTACHE_DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                            "ATTACHE_DB_URL", "jdbc:sqlite:" + folder.resolve("attache.db"),
                            "ATTACHE_DATA_PREPARED_DIR", folder.resolve("prepared").toString()));
            assertEquals(3, exit);
            // after the lines that say the data was prepared, one line says what went wrong
            assertEquals("cannot connect to Discord: Discord refused the token (HTTP 401) (check DISCORD_TOKEN, the "
                    + "network, or discord.rest-url / ATTACHE_DISCORD_REST_URL)", err.toString(StandardCharsets.UTF_8)
                    .lines().reduce((a, b) -> b).orElseThrow());
            assertFalse(err.toString(StandardCharsets.UTF_8).contains("revoked-token-value"), "the token is never shown");
        }
    }
}
