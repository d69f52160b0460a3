package org.attache.app;

import org.attache.discord.ShardSlice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttacheConfigTest {
    @Test
    void theCommittedFileGivesTheDocumentedDefaults() {
        AttacheConfig config = AttacheConfig.load(Map.of());
        assertEquals(Path.of("data/sources.yaml"), config.manifest());
        assertEquals("https://discord.com/api/v10/", config.discord().restUrl());
        assertEquals(Optional.empty(), config.discord().gatewayUrl());
        assertEquals("jdbc:sqlite:state/attache.db", config.storage().url());
        assertEquals(10, config.scoring().correct());
    }

    @Test
    void theEnvironmentOverridesAndSecretsComeOnlyFromIt() {
        AttacheConfig config = AttacheConfig.load(Map.of("ATTACHE_DISCORD_REST_URL", "http://127.0.0.1:9/api/v10",
                "ATTACHE_DISCORD_GATEWAY_URL", "ws://127.0.0.1:9/", "ATTACHE_DB_URL", "jdbc:postgresql://db/attache",
                "ATTACHE_DB_USER", "bot", "ATTACHE_DB_PASSWORD", "hunter2", "ATTACHE_QUIZ_SPEED_BONUS", "7"));
        assertEquals("http://127.0.0.1:9/api/v10/", config.discord().restUrl());
        assertEquals(Optional.of("ws://127.0.0.1:9/"), config.discord().gatewayUrl());
        assertEquals("jdbc:postgresql://db/attache", config.storage().url());
        assertEquals(Optional.of("hunter2"), config.storage().password());
        assertFalse(config.storage().toString().contains("hunter2"), "the password never reaches a log line");
        assertEquals(7, config.scoring().speedBonus());
    }

    @Test
    void aBadNumberIsAClearError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AttacheConfig.load(Map.of("ATTACHE_ANSWER_CACHE_SIZE", "lots")));
        assertEquals("ATTACHE_ANSWER_CACHE_SIZE is 'lots': it must be a whole number, 1 or more", error.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> AttacheConfig.load(Map.of("ATTACHE_QUIZ_SPEED_BONUS", "-3")));
        assertEquals("ATTACHE_QUIZ_SPEED_BONUS is '-3': it must be a whole number of points, 0 or more",
                negative.getMessage());
    }

    @Test
    void aProcessRunsTheShardsItIsGivenAndAShardOutsideTheTotalIsAClearError() {
        assertEquals(new ShardSlice(1, List.of(0)), AttacheConfig.load(Map.of()).discord().shards(), "one shard");
        ShardSlice slice = AttacheConfig.load(Map.of("ATTACHE_DISCORD_SHARDS_TOTAL", "4",
                "ATTACHE_DISCORD_SHARDS_IDS", "0-1,3")).discord().shards();
        assertEquals(List.of(0, 1, 3), slice.ids());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> AttacheConfig.load(Map.of("ATTACHE_DISCORD_SHARDS_TOTAL", "2", "ATTACHE_DISCORD_SHARDS_IDS", "2")));
        assertEquals("ATTACHE_DISCORD_SHARDS_IDS is '2': shard 2 is outside the 2 shard(s), numbered 0 to 1; "
                + "ATTACHE_DISCORD_SHARDS_TOTAL is 2", outside.getMessage());
        IllegalArgumentException garbled = assertThrows(IllegalArgumentException.class,
                () -> AttacheConfig.load(Map.of("ATTACHE_DISCORD_SHARDS_IDS", "first")));
        assertTrue(garbled.getMessage().startsWith("ATTACHE_DISCORD_SHARDS_IDS is 'first': it must list shard numbers"),
                garbled.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AttacheConfig.load(Map.of("ATTACHE_DISCORD_SHARDS_TOTAL", "0")));
        assertThrows(IllegalArgumentException.class, () -> AttacheConfig.load(Map.of("ATTACHE_DISCORD_SHARDS_IDS", "3-1")));
    }

    @Test
    void aReplyIsDeferredAfterTheDocumentedPauseOrTheOneSetWithinDiscordsWindow() {
        assertEquals(Duration.ofMillis(150), AttacheConfig.load(Map.of()).discord().deferAfter());
        assertEquals(Duration.ZERO, AttacheConfig.load(Map.of("ATTACHE_DISCORD_DEFER_AFTER_MS", "0")).discord()
                .deferAfter(), "0 shows thinking at once");
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> AttacheConfig.load(Map.of("ATTACHE_DISCORD_DEFER_AFTER_MS", "2500")));
        assertEquals("ATTACHE_DISCORD_DEFER_AFTER_MS is '2500': it must be a whole number of milliseconds from 0 to "
                + "2000", late.getMessage());
    }

    @Test
    void aSettingWrittenWrongInTheFileIsNamedByItsKeyAndFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("attache.yaml");
        Files.writeString(file, "answer:\n  cache-size: many\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AttacheConfig.load(Map.of("ATTACHE_CONFIG", file.toString())));
        assertEquals("answer.cache-size in " + file + " is 'many': it must be a whole number, 1 or more",
                error.getMessage());
    }

    @Test
    void aConfigurationFileThatIsNotThereIsAnError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AttacheConfig.load(Map.of("ATTACHE_CONFIG", "/nope.yaml")));
        assertEquals("ATTACHE_CONFIG names /nope.yaml, which is not a file", error.getMessage());
    }
}
