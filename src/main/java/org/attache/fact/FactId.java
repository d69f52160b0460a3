package org.attache.fact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A fact's identifier, the same on every run and machine: the fact type's initial and the first 48 bits of the
 * SHA-256 of where the fact was read (article, snapshot, line, sentence) and what it says (kind, parties, name).
 * Quiz questions and flags keep it, so it must not depend on a JVM's string hashing or on where a file lies.
 */
public record FactId(String value) {
    private static final int HEX_DIGITS = 12;

    @JsonCreator
    public FactId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a fact id cannot be blank");
        }
    }

    /** The id of a fact with these parts. */
    static FactId of(FactType type, List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            String hex = HexFormat.of().formatHex(sha.digest()).substring(0, HEX_DIGITS);
            return new FactId(type.name().substring(0, 1).toLowerCase(Locale.ROOT) + hex);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
