package org.attache.quiz;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a quiz question is about; study groups can drill one topic at a time. */
public enum Topic {
    RELATIONS, MISSIONS, MEMBERSHIPS, CONFLICTS, FIGURES;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Topic> byLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label().equalsIgnoreCase(label.strip())).findFirst();
    }
}
