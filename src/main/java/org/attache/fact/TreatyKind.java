package org.attache.fact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A treaty, agreement or other instrument between two states, or a court's ruling on them. */
public enum TreatyKind implements FactKind {
    TREATY(List.of("treat", "sign")),
    AGREEMENT(List.of("agree", "accord", "sign")),
    PROTOCOL(List.of("protocol")),
    COMMUNIQUE(List.of("communi")),
    DECLARATION(List.of("declar")),
    SETTLEMENT(List.of("settle")),
    MEMORANDUM(List.of("memorand")),
    RULING(List.of("rul"));

    private final KindWords words;

    TreatyKind(List<String> cues) {
        this.words = new KindWords(name().toLowerCase(Locale.ROOT), cues);
    }

    @Override
    public FactType type() {
        return FactType.TREATY;
    }

    @Override
    public KindWords words() {
        return words;
    }

    /** Asks for the year an instrument was concluded; a ruling is not concluded by the parties. */
    @Override
    public Optional<String> quizPrompt(String subject, String counterpart, String name) {
        return this == RULING ? Optional.empty() : Optional.of("In which year did " + subject + " and " + counterpart
                + " conclude the " + name + "?");
    }
}
