package org.attache.fact;

import java.util.Optional;

/** How a fact's date reads in a statement, and the words of dates. */
final class Dates {
    private Dates() {
    }

    static String suffix(Optional<FactDate> date) {
        return date.map(d -> " (" + d.text() + ")").orElse("");
    }

    /** True for a month's English name, in any case ("June", "march"). */
    static boolean isMonth(String word) {
        return java.util.Arrays.stream(java.time.Month.values()).anyMatch(m -> m.name().equalsIgnoreCase(word));
    }
}
