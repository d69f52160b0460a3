package org.attache.fact;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns of bodies that act in a country's name without being its state: "Azerbaijani company Azeraluminium", "the
 * Chamber of Commerce of the Russian Federation signed …". A country named with one of them is not the party.
 */
public final class NonStateBodies {
    private static final Set<String> NOUNS = Set.of("company", "companies", "firm", "firms", "corporation",
            "corporations", "businesses", "investors", "bank", "banks", "airline", "airlines", "enterprise",
            "enterprises", "chamber", "chambers", "agency", "agencies");

    private NonStateBodies() {
    }

    /** True when the word (any case) names such a body. */
    public static boolean isOne(String word) {
        return NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }
}
