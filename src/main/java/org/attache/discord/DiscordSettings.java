package org.attache.discord;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the bot talks to Discord.
 *
 * @param restUrl    REST base URL, ending in "/api/v10/" ({@code discord.rest-url}, {@code ATTACHE_DISCORD_REST_URL})
 * @param gatewayUrl gateway address, when not the one Discord announces ({@code discord.gateway-url},
 *                   {@code ATTACHE_DISCORD_GATEWAY_URL})
 * @param questionsPerMinute how many questions one user may ask per minute ({@code discord.questions-per-minute},
 *                   {@code ATTACHE_DISCORD_QUESTIONS_PER_MINUTE})
 * @param devGuildId a guild to register the slash commands in, for development (they show at once there);
 *                   empty registers them globally ({@code discord.dev-guild-id}, {@code ATTACHE_DISCORD_DEV_GUILD_ID})
 * @param shards     the gateway shards this process runs ({@code discord.shards.total}, {@code discord.shards.ids},
 *                   {@code ATTACHE_DISCORD_SHARDS_TOTAL}, {@code ATTACHE_DISCORD_SHARDS_IDS})
 * @param deferAfter how long a reply may take before Discord shows "thinking…" ({@code discord.defer-after-ms},
 *                   {@code ATTACHE_DISCORD_DEFER_AFTER_MS}); a reply ready sooner is the acknowledgement itself
 */
public record DiscordSettings(String restUrl, Optional<String> gatewayUrl, int questionsPerMinute,
                              Optional<String> devGuildId, ShardSlice shards, Duration deferAfter) {
    public static final String DISCORD_REST_URL = "https://discord.com/api/v10/";
    /**
     * A pause people barely notice: an answer ready within it comes in one request and with no "thinking…" first;
     * one that is not gets "thinking…", so the user sees they were heard.
     */
    public static final Duration DEFER_AFTER = Duration.ofMillis(150);
    /** Discord drops an interaction not acknowledged within 3 s: a deferral must leave room for its own request. */
    public static final Duration LATEST_DEFERRAL = Duration.ofSeconds(2);

    public DiscordSettings {
        restUrl = restUrl.endsWith("/") ? restUrl : restUrl + "/";
        if (deferAfter.isNegative() || deferAfter.compareTo(LATEST_DEFERRAL) > 0) {
            throw new IllegalArgumentException("a deferral must come within 0 and " + LATEST_DEFERRAL.toMillis()
                    + " ms, not " + deferAfter.toMillis() + " ms");
        }
    }

    /** One process running the bot's one shard. */
    public DiscordSettings(String restUrl, Optional<String> gatewayUrl, int questionsPerMinute,
                           Optional<String> devGuildId) {
        this(restUrl, gatewayUrl, questionsPerMinute, devGuildId, ShardSlice.all(1), DEFER_AFTER);
    }
}
