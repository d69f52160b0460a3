package org.attache.discord;

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
 */
public record DiscordSettings(String restUrl, Optional<String> gatewayUrl, int questionsPerMinute,
                              Optional<String> devGuildId, ShardSlice shards) {
    public static final String DISCORD_REST_URL = "https://discord.com/api/v10/";

    public DiscordSettings {
        restUrl = restUrl.endsWith("/") ? restUrl : restUrl + "/";
    }

    /** One process running the bot's one shard. */
    public DiscordSettings(String restUrl, Optional<String> gatewayUrl, int questionsPerMinute,
                           Optional<String> devGuildId) {
        this(restUrl, gatewayUrl, questionsPerMinute, devGuildId, ShardSlice.all(1));
    }
}
