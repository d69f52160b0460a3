package org.attache.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.attache.discord.DiscordSettings;
import org.attache.discord.ShardSlice;
import org.attache.quiz.Scoring;
import org.attache.storage.StorageSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
 * @param consoleHistory the file the console keeps typed lines in between runs ({@code console.history-file},
 *                  {@code ATTACHE_CONSOLE_HISTORY_FILE})
 * @param heartbeatFile where a running bot writes its health for {@code attache status}
 *                  ({@code discord.heartbeat-file}, {@code ATTACHE_DISCORD_HEARTBEAT_FILE})
 * @param storage   where quiz state is kept ({@code storage.url}, {@code ATTACHE_DB_URL}; user and password only
 *                  from {@code ATTACHE_DB_USER} / {@code ATTACHE_DB_PASSWORD})
 */
public record AttacheConfig(Path manifest, Path gazetteer, Path preparedDir, int answerCacheSize, DiscordSettings discord,
                            StorageSettings storage, Scoring scoring, Path consoleHistory, Path heartbeatFile) {
    static final Path DEFAULT_FILE = Path.of("config", "attache.yaml");
    static final String CONFIG_VARIABLE = "ATTACHE_CONFIG";
    private static final String MANIFEST = "data/sources.yaml";
    private static final String GAZETTEER = "data/gazetteer.yaml";

    /** Reads the configuration the environment points to; a setting that will not do is an error naming it. */
    public static AttacheConfig load(Map<String, String> environment) {
        String named = environment.getOrDefault(CONFIG_VARIABLE, "");
        Path file = named.isBlank() ? Bundled.orOnDisk(DEFAULT_FILE.toString()) : Path.of(named);
        if (!named.isBlank() && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(CONFIG_VARIABLE + " names " + file + ", which is not a file");
        }
        Settings settings = new Settings(read(file), file, environment);
        Setting shardsTotal = settings.get("discord.shards.total", "ATTACHE_DISCORD_SHARDS_TOTAL", "1");
        Setting shardIds = settings.get("discord.shards.ids", "ATTACHE_DISCORD_SHARDS_IDS", "");
        int total = (int) shardsTotal.wholeNumber(1, ShardSlice.MAX_TOTAL, "a whole number from 1 to "
                + ShardSlice.MAX_TOTAL);
        ShardSlice shards;
        try {
            shards = ShardSlice.parse(total, shardIds.value());
        } catch (IllegalArgumentException e) {
            throw shardIds.wrong(e.getMessage() + "; " + shardsTotal.source() + " is " + total);
        }
        DiscordSettings discord = new DiscordSettings(
                settings.get("discord.rest-url", "ATTACHE_DISCORD_REST_URL", DiscordSettings.DISCORD_REST_URL).text(),
                settings.get("discord.gateway-url", "ATTACHE_DISCORD_GATEWAY_URL", "").optional(),
                settings.get("discord.questions-per-minute", "ATTACHE_DISCORD_QUESTIONS_PER_MINUTE", "10").positive(),
                settings.get("discord.dev-guild-id", "ATTACHE_DISCORD_DEV_GUILD_ID", "").optional(),
                shards,
                Duration.ofMillis(settings.get("discord.defer-after-ms", "ATTACHE_DISCORD_DEFER_AFTER_MS",
                        String.valueOf(DiscordSettings.DEFER_AFTER.toMillis())).wholeNumber(0,
                        DiscordSettings.LATEST_DEFERRAL.toMillis(), "a whole number of milliseconds from 0 to "
                                + DiscordSettings.LATEST_DEFERRAL.toMillis())));
        StorageSettings storage = new StorageSettings(
                settings.get("storage.url", "ATTACHE_DB_URL", "jdbc:sqlite:state/attache.db").text(),
                Settings.secret(environment, "ATTACHE_DB_USER"), Settings.secret(environment, "ATTACHE_DB_PASSWORD"));
        Scoring scoring = new Scoring(
                settings.get("quiz.points-correct", "ATTACHE_QUIZ_POINTS_CORRECT", "10").points(),
                settings.get("quiz.speed-bonus", "ATTACHE_QUIZ_SPEED_BONUS", "5").points(),
                settings.get("quiz.streak-bonus", "ATTACHE_QUIZ_STREAK_BONUS", "2").points());
        return new AttacheConfig(
                settings.get("data.manifest", "ATTACHE_DATA_MANIFEST", MANIFEST).dataFile(MANIFEST),
                settings.get("data.gazetteer", "ATTACHE_DATA_GAZETTEER", GAZETTEER).dataFile(GAZETTEER),
                Path.of(settings.get("data.prepared-dir", "ATTACHE_DATA_PREPARED_DIR", "state/prepared").text()),
                settings.get("answer.cache-size", "ATTACHE_ANSWER_CACHE_SIZE", "10000").positive(),
                discord, storage, scoring,
                Path.of(settings.get("console.history-file", "ATTACHE_CONSOLE_HISTORY_FILE", "state/console-history")
                        .text()),
                Path.of(settings.get("discord.heartbeat-file", "ATTACHE_DISCORD_HEARTBEAT_FILE", "state/heartbeat")
                        .text()));
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new ObjectMapper().createObjectNode();
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(in);
            return node == null ? new ObjectMapper().createObjectNode() : node;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not readable YAML: " + OneLine.of(e));
        }
    }
}
