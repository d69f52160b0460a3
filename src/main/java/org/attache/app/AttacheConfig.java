package org.attache.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.attache.discord.DiscordSettings;
import org.attache.discord.ShardSlice;
import org.attache.quiz.Scoring;
import org.attache.storage.StorageSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's settings: read from {@code config/attache.yaml} (or the file {@code ATTACHE_CONFIG} names), each
 * overridable by an {@code ATTACHE_*} environment variable; defaults are documented in that file. Secrets never
 * live here: they come only from the environment.
 *
 * @param manifest  the sources manifest ({@code data.manifest}, {@code ATTACHE_DATA_MANIFEST})
 * @param gazetteer the gazetteer file ({@code data.gazetteer}, {@code ATTACHE_DATA_GAZETTEER})
 * @param preparedDir where the parsed dataset and its index are kept between starts ({@code data.prepared-dir},
 *                  {@code ATTACHE_DATA_PREPARED_DIR})
 * @param answerCacheSize how many answers are kept ({@code answer.cache-size}, {@code ATTACHE_ANSWER_CACHE_SIZE})
 * @param discord   where the bot talks to Discord ({@code discord.*}, {@code ATTACHE_DISCORD_*})
 * @param scoring   quiz points ({@code quiz.points-correct}, {@code quiz.speed-bonus}, {@code quiz.streak-bonus})
 * @param storage   where quiz state is kept ({@code storage.url}, {@code ATTACHE_DB_URL}; user and password only
 *                  from {@code ATTACHE_DB_USER} / {@code ATTACHE_DB_PASSWORD})
 */
public record AttacheConfig(Path manifest, Path gazetteer, Path preparedDir, int answerCacheSize, DiscordSettings discord,
                            StorageSettings storage, Scoring scoring) {
    static final Path DEFAULT_FILE = Path.of("config", "attache.yaml");

    /** Reads the configuration the environment points to. */
    public static AttacheConfig load(Map<String, String> environment) {
        Path file = Path.of(environment.getOrDefault("ATTACHE_CONFIG", DEFAULT_FILE.toString()));
        JsonNode root = read(file);
        String manifest = setting(root, environment, "data", "manifest", "ATTACHE_DATA_MANIFEST", "data/sources.yaml");
        String gazetteer = setting(root, environment, "data", "gazetteer", "ATTACHE_DATA_GAZETTEER",
                "data/gazetteer.yaml");
        String preparedDir = setting(root, environment, "data", "prepared-dir", "ATTACHE_DATA_PREPARED_DIR",
                "state/prepared");
        String cacheSize = setting(root, environment, "answer", "cache-size", "ATTACHE_ANSWER_CACHE_SIZE", "10000");
        String restUrl = setting(root, environment, "discord", "rest-url", "ATTACHE_DISCORD_REST_URL",
                DiscordSettings.DISCORD_REST_URL);
        String gatewayUrl = setting(root, environment, "discord", "gateway-url", "ATTACHE_DISCORD_GATEWAY_URL", "");
        return new AttacheConfig(Path.of(manifest), Path.of(gazetteer), Path.of(preparedDir), positive(cacheSize, "answer.cache-size"),
                new DiscordSettings(restUrl, gatewayUrl.isBlank() ? Optional.empty() : Optional.of(gatewayUrl),
                        positive(setting(root, environment, "discord", "questions-per-minute",
                                "ATTACHE_DISCORD_QUESTIONS_PER_MINUTE", "10"), "discord.questions-per-minute"),
                        optional(setting(root, environment, "discord", "dev-guild-id", "ATTACHE_DISCORD_DEV_GUILD_ID",
                                "")),
                        ShardSlice.parse(positive(setting(root.path("discord"), environment, "shards", "total",
                                        "ATTACHE_DISCORD_SHARDS_TOTAL", "1"), "discord.shards.total"),
                                setting(root.path("discord"), environment, "shards", "ids",
                                        "ATTACHE_DISCORD_SHARDS_IDS", "")),
                        Duration.ofMillis(wholeNumber(setting(root, environment, "discord", "defer-after-ms",
                                        "ATTACHE_DISCORD_DEFER_AFTER_MS",
                                        String.valueOf(DiscordSettings.DEFER_AFTER.toMillis())),
                                "discord.defer-after-ms", 0, DiscordSettings.LATEST_DEFERRAL.toMillis()))),
                new StorageSettings(setting(root, environment, "storage", "url", "ATTACHE_DB_URL",
                        "jdbc:sqlite:state/attache.db"), optional(environment.getOrDefault("ATTACHE_DB_USER", "")),
                        optional(environment.getOrDefault("ATTACHE_DB_PASSWORD", ""))),
                new Scoring(points(root, environment, "points-correct", "ATTACHE_QUIZ_POINTS_CORRECT", 10),
                        points(root, environment, "speed-bonus", "ATTACHE_QUIZ_SPEED_BONUS", 5),
                        points(root, environment, "streak-bonus", "ATTACHE_QUIZ_STREAK_BONUS", 2)));
    }

    private static int points(JsonNode root, Map<String, String> environment, String key, String variable,
                              int fallback) {
        String value = setting(root, environment, "quiz", key, variable, String.valueOf(fallback));
        try {
            int points = Integer.parseInt(value.trim());
            if (points >= 0) {
                return points;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("quiz." + key + " must be a whole number of points, not '" + value + "'");
    }

    private static Optional<String> optional(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static int positive(String value, String name) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
    }

    private static long wholeNumber(String value, String name, long min, long max) {
        try {
            long number = Long.parseLong(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not '"
                + value + "'");
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new ObjectMapper().createObjectNode();
        }
        try {
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            return node == null ? new ObjectMapper().createObjectNode() : node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration " + file + ": " + e.getMessage(), e);
        }
    }

    private static String setting(JsonNode root, Map<String, String> environment, String group, String key,
                                  String variable, String fallback) {
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        JsonNode value = root.path(group).path(key);
        return value.isValueNode() && !value.asText().isBlank() ? value.asText() : fallback;
    }
}
