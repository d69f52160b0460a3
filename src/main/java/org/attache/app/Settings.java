package org.attache.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one configuration file and the environment: a variable, when set, overrides the file's key.
 */
final class Settings {
    private final JsonNode root;
    private final Path file;
    private final Map<String, String> environment;

    Settings(JsonNode root, Path file, Map<String, String> environment) {
        this.root = root;
        this.file = file;
        this.environment = environment;
    }

    /**
     * The setting at {@code key} (dotted: "discord.shards.total"), overridden by {@code variable}, else
     * {@code fallback}.
     */
    Setting get(String key, String variable, String fallback) {
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new Setting(fromEnvironment, variable, true);
        }
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        if (node.isValueNode() && !node.asText().isBlank()) {
            return new Setting(node.asText(), key + " in " + file, false);
        }
        return new Setting(fallback, key + " (default)", false);
    }

    /** A secret: only ever from the environment. */
    static Optional<String> secret(Map<String, String> environment, String variable) {
        String value = environment.getOrDefault(variable, "");
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
