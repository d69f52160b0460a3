package org.attache.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
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
        assertTrue(error.getMessage().contains("answer.cache-size"));
    }
}
