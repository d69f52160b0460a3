package org.attache.understand;

import java.util.Arrays;
import java.util.Optional;

/** What a question asks for. The labels are those of the training file and of {@code ask --json}. */
public enum Intent {
    RELATIONS_START("relations_start"),
    RELATIONS_STATUS("relations_status"),
    MISSIONS("missions"),
    MEMBERSHIPS("memberships"),
    CONFLICTS("conflicts"),
    PAIR_FACT("pair_fact"),
    OVERVIEW("overview"),
    WHICH_COUNTRIES("which_countries"),
    COVERAGE("coverage"),
    HELP("help"),
    OUT_OF_SCOPE("out_of_scope");

    private final String label;

    Intent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Intent> byLabel(String label) {
        return Arrays.stream(values()).filter(i -> i.label.equals(label)).findFirst();
    }
}
