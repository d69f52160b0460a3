package org.attache.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One setting's value as the user gave it, and where: an {@code ATTACHE_*} variable, a key of the configuration
 * file, or the default. A value that will not do is reported in the user's own terms: the variable or the file and
 * key they wrote, the value, and what is allowed.
 *
 * @param value  the value, as written
 * @param source where it was written ("ATTACHE_ANSWER_CACHE_SIZE", "answer.cache-size in config/attache.yaml")
 * @param fromEnvironment true when an {@code ATTACHE_*} variable gave it
 */
record Setting(String value, String source, boolean fromEnvironment) {

    String text() {
        return value.strip();
    }

    /**
     * A file of the data: as named, except that the documented default ({@code documented}) that is not in the
     * working folder is the jar's own copy (see {@link Bundled}). A variable always names a file on disk.
     */
    Path dataFile(String documented) {
        return !fromEnvironment && text().equals(documented) ? Bundled.orOnDisk(documented) : Path.of(text());
    }

    /** Empty when left blank. */
    Optional<String> optional() {
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** A whole number from {@code min} to {@code max}; {@code allowed} says so in words. */
    long wholeNumber(long min, long max, String allowed) {
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw wrong("it must be " + allowed);
    }

    int positive() {
        return (int) wholeNumber(1, Integer.MAX_VALUE, "a whole number, 1 or more");
    }

    /** Quiz points: none is allowed, fewer than none is not. */
    int points() {
        return (int) wholeNumber(0, Integer.MAX_VALUE, "a whole number of points, 0 or more");
    }

    /** The error for this value: "ATTACHE_QUIZ_SPEED_BONUS is '-3': it must be a whole number of points, 0 or more". */
    IllegalArgumentException wrong(String why) {
        return new IllegalArgumentException(source + " is '" + value + "': " + why);
    }
}
