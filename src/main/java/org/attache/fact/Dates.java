package org.attache.fact;

import java.util.Optional;

/** How a fact's date reads in a statement. */
final class Dates {
    private Dates() {
    }

    static String suffix(Optional<FactDate> date) {
        return date.map(d -> " (" + d.text() + ")").orElse("");
    }
}
