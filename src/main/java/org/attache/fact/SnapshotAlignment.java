package org.attache.fact;

import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lines up the facts of the snapshots of one article. Facts of the same type, kind, parties and name are the same
 * statement: they agree, or their dates disagree ("in 1961" against "50 years ago"). Separately, each snapshot's
 * standing of relations with a country (the latest event it states, or a present-tense "maintains") is compared:
 * relations with Taiwan "maintained" in 2014 and "severed" in 2019 is a contradiction a reader must see.
 */
public final class SnapshotAlignment {
    private SnapshotAlignment() {
    }

    /** Every contradiction between snapshots of the same article, newest statement first. */
    public static List<Contradiction> contradictions(List<Fact> facts, Gazetteer gazetteer) {
        List<Contradiction> found = new ArrayList<>();
        Map<String, List<Fact>> byArticle = facts.stream()
                .collect(Collectors.groupingBy(f -> f.provenance().article(), LinkedHashMap::new, Collectors.toList()));
        for (List<Fact> articleFacts : byArticle.values()) {
            if (articleFacts.stream().map(f -> f.provenance().snapshot()).distinct().count() < 2) {
                continue;
            }
            found.addAll(dateDisagreements(articleFacts));
            found.addAll(standingDisagreements(articleFacts, gazetteer));
        }
        return found;
    }

    /**
     * The same statement in other snapshots of the article, newest first (for borrowing a citation).
     *
     * @param sameStatement the facts that make the fact's statement, from any article and snapshot
     */
    public static List<Fact> sameStatementElsewhere(Fact fact, List<Fact> sameStatement) {
        return sameStatement.stream()
                .filter(f -> f.provenance().article().equals(fact.provenance().article()))
                .filter(f -> !f.provenance().snapshot().equals(fact.provenance().snapshot()))
                .filter(f -> f.date().isEmpty() || fact.date().isEmpty() || !f.date().get().disagreesWith(fact.date().get()))
                .sorted(newestFirst())
                .toList();
    }

    private static List<Contradiction> dateDisagreements(List<Fact> facts) {
        List<Contradiction> found = new ArrayList<>();
        Map<String, List<Fact>> byKey = facts.stream().filter(f -> f.date().isPresent())
                .collect(Collectors.groupingBy(SnapshotAlignment::key, LinkedHashMap::new, Collectors.toList()));
        for (List<Fact> same : byKey.values()) {
            List<Fact> ordered = same.stream().sorted(newestFirst()).toList();
            Fact newest = ordered.get(0);
            List<Fact> disagreeing = ordered.stream()
                    .filter(f -> !f.provenance().snapshot().equals(newest.provenance().snapshot()))
                    .filter(f -> f.date().get().disagreesWith(newest.date().get()))
                    .toList();
            if (disagreeing.isEmpty()) {
                continue;
            }
            List<Fact> statements = new ArrayList<>();
            statements.add(newest);
            statements.addAll(disagreeing);
            String explanation = statements.stream()
                    .map(f -> "the " + f.provenance().snapshot() + " snapshot says " + f.date().get().text()
                            + (f.date().get().approximate() ? " (" + f.date().get().iso() + ")" : ""))
                    .collect(Collectors.joining("; ")) + ".";
            found.add(new Contradiction(newest.provenance().article(), newest.subject(), newest.counterpart(),
                    Contradiction.Disagreement.DATE, statements, capitalise(newest.kind().label() + ": " + explanation)));
        }
        return found;
    }

    private static List<Contradiction> standingDisagreements(List<Fact> facts, Gazetteer gazetteer) {
        List<Contradiction> found = new ArrayList<>();
        Map<EntityId, List<Fact>> byCounterpart = facts.stream()
                .filter(f -> f.kind() instanceof RelationEventKind)
                .collect(Collectors.groupingBy(Fact::counterpart, LinkedHashMap::new, Collectors.toList()));
        for (List<Fact> events : byCounterpart.values()) {
            Map<String, Fact> standingBySnapshot = new LinkedHashMap<>();
            events.stream().collect(Collectors.groupingBy(f -> f.provenance().snapshot()))
                    .forEach((snapshot, inSnapshot) -> standing(inSnapshot)
                            .ifPresent(f -> standingBySnapshot.put(snapshot, f)));
            List<Fact> ordered = standingBySnapshot.values().stream().sorted(newestFirst()).toList();
            if (ordered.size() < 2) {
                continue;
            }
            Fact newest = ordered.get(0);
            boolean open = opens(newest);
            List<Fact> disagreeing = ordered.stream().skip(1).filter(f -> opens(f) != open).toList();
            if (disagreeing.isEmpty()) {
                continue;
            }
            List<Fact> statements = new ArrayList<>();
            statements.add(newest);
            statements.addAll(disagreeing);
            String explanation = "Relations between " + gazetteer.name(newest.subject()) + " and "
                    + gazetteer.name(newest.counterpart()) + ": "
                    + statements.stream().map(f -> "the " + f.provenance().snapshot() + " snapshot says "
                            + (opens(f) ? "they have relations (" : "they have none (") + f.kind().label() + ")")
                    .collect(Collectors.joining("; ")) + ".";
            found.add(new Contradiction(newest.provenance().article(), newest.subject(), newest.counterpart(),
                    Contradiction.Disagreement.STANDING, statements, explanation));
        }
        return found;
    }

    /**
     * What a snapshot says of relations now: a present-tense statement ("maintains", "instead of") if it makes
     * one, else its latest event (an undated event counts as the latest: it is the snapshot's news).
     */
    private static Optional<Fact> standing(List<Fact> events) {
        Optional<Fact> present = events.stream()
                .filter(f -> f.kind() instanceof RelationEventKind kind && kind.present())
                .findFirst();
        if (present.isPresent()) {
            return present;
        }
        Function<Fact, Integer> when = f -> f.date().flatMap(d -> d.year().isPresent()
                ? Optional.of(d.year().getAsInt() * 10000 + d.month().orElse(0) * 100 + d.day().orElse(0))
                : Optional.<Integer>empty()).orElse(Integer.MAX_VALUE);
        return events.stream().filter(f -> f.kind() instanceof RelationEventKind kind && kind.tellsStanding())
                .max(Comparator.comparing(when));
    }

    private static boolean opens(Fact event) {
        return event.kind().relationsStand();
    }

    /** What makes two facts the same statement, whatever the snapshot: type, kind, parties and name. */
    public static String key(Fact f) {
        // a mutual event, war or treaty is the same statement whichever party's article tells it first
        boolean mutual = f.kind() instanceof RelationEventKind k && k.mutual() || f.type() == FactType.TREATY
                || f.type() == FactType.CONFLICT;
        String a = f.subject().value();
        String b = f.counterpart().value();
        boolean swap = mutual && a.compareTo(b) > 0;
        return String.join("|", FactKind.code(f.kind()), swap ? b : a, swap ? a : b,
                Objects.toString(f.type() == FactType.FIGURE ? "" : f.name().orElse("")));
    }

    private static Comparator<Fact> newestFirst() {
        return Comparator.comparing((Fact f) -> f.provenance().snapshot()).reversed();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
