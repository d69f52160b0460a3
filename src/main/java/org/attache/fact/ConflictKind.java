package org.attache.fact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A war, dispute or other conflict between two states, named by the noun the sentence uses. */
public enum ConflictKind implements FactKind {
    WAR(List.of("war", "fight")),
    CONFLICT(List.of("conflict")),
    CLASH(List.of("clash")),
    DISPUTE(List.of("disput")),
    CRISIS(List.of("crisis")),
    RAID(List.of("raid")),
    INCURSION(List.of("incursion")),
    INVASION(List.of("invad", "invasion")),
    ATTACK(List.of("attack"));

    private final KindWords words;

    ConflictKind(List<String> cues) {
        this.words = new KindWords(name().toLowerCase(Locale.ROOT), cues);
    }

    @Override
    public List<String> evidence() {
        return this == WAR ? List.of("war") : cues();
    }

    @Override
    public FactType type() {
        return FactType.CONFLICT;
    }

    @Override
    public KindWords words() {
        return words;
    }

    /** Only a war with a proper name is asked about: who fought it. */
    @Override
    public Optional<String> quizPrompt(String subject, String counterpart, String name) {
        return this == WAR ? Optional.of("Against which country did " + subject + " fight the " + name + "?")
                : Optional.empty();
    }
}
