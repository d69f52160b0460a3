package org.attache.storage;

import org.attache.fact.Fact;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the fact ids stored before ids were stable become now. The old id was the fact type's initial and the hex of
 * Java's string hash of the fact's parts; it can still be computed from the facts loaded today, so a store written
 * by an older version is brought over by {@link V2__StableFactIds} without losing a question or a flag.
 */
public final class FactIdRenames {
    private final Map<String, String> newByOld;

    private FactIdRenames(Map<String, String> newByOld) {
        this.newByOld = Map.copyOf(newByOld);
    }

    /** No renames: for a store that never held ids of the old form (tests, benchmarks). */
    public static FactIdRenames none() {
        return new FactIdRenames(Map.of());
    }

    /** The old id of every fact, to its stable id. */
    public static FactIdRenames of(List<Fact> facts) {
        Map<String, String> renames = new HashMap<>();
        facts.forEach(f -> renames.putIfAbsent(oldId(f), f.id().value()));
        return new FactIdRenames(renames);
    }

    /** The id a fact had before ids were stable (kept only to bring old stores over). */
    static String oldId(Fact fact) {
        String parts = String.join("|", fact.provenance().article(), fact.provenance().snapshot(),
                String.valueOf(fact.provenance().line()), fact.provenance().sentence(), fact.type().name(),
                fact.kind().label(), fact.subject().value(), fact.counterpart().value(), fact.name().orElse(""));
        return fact.type().name().toLowerCase(Locale.ROOT).charAt(0) + Integer.toHexString(parts.hashCode());
    }

    Optional<String> renamed(String oldId) {
        return Optional.ofNullable(newByOld.get(oldId));
    }
}
