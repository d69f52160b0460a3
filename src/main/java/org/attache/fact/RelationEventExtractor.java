package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;
import org.attache.nlp.AnalyzedSentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Relation events: "relations were established in 1838", "recognised Kosovo on 29 June 2013", "severed diplomatic
 * ties", "maintains official relations with Taiwan instead of the People's Republic of China".
 *
 * <p>A verb (by lemma) triggers an event when it is about diplomatic relations (a "relations"/"ties" noun near it
 * that is not trade or economic relations; recognition instead needs the state recognised), is not negated, and is
 * not hedged ("expected to", "pledged to", a proposal, a relative clause about someone else).
 */
final class RelationEventExtractor implements FactExtractor {
    private static final Map<String, RelationEventKind> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("establish", RelationEventKind.ESTABLISHED);
        VERBS.put("establishment", RelationEventKind.ESTABLISHED);
        VERBS.put("start", RelationEventKind.ESTABLISHED);
        VERBS.put("begin", RelationEventKind.ESTABLISHED);
        VERBS.put("recognise", RelationEventKind.RECOGNISED);
        VERBS.put("recognize", RelationEventKind.RECOGNISED);
        VERBS.put("resume", RelationEventKind.RESUMED);
        VERBS.put("suspend", RelationEventKind.SUSPENDED);
        VERBS.put("cancel", RelationEventKind.CANCELLED);
        VERBS.put("sever", RelationEventKind.SEVERED);
        VERBS.put("break", RelationEventKind.SEVERED);
        VERBS.put("cut", RelationEventKind.SEVERED);
        VERBS.put("restore", RelationEventKind.RESTORED);
        VERBS.put("re-establish", RelationEventKind.RESTORED);
        VERBS.put("reestablish", RelationEventKind.RESTORED);
        VERBS.put("upgrade", RelationEventKind.UPGRADED);
        VERBS.put("maintain", RelationEventKind.MAINTAINED);
    }

    private static final Map<String, String> INFLECTIONS = inflections();
    private static final Set<String> FORMS_OF_BE = Set.of("be", "is", "are", "was", "were", "been", "being");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HEDGES = Set.of("expect", "expected", "propose", "proposal", "pledge", "plan",
            "intend", "would", "could", "should", "might", "hope");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");
    private static final Set<String> RELATION_NOUNS = Set.of("relation", "relations", "tie", "ties", "relationship");
    private static final Set<String> NON_DIPLOMATIC = Set.of("trade", "economic", "commercial", "cultural");
    /** Verbs that read as "relations began" only when the sentence dates the beginning. */
    private static final Set<String> NEEDS_DATE = Set.of("start", "begin");

    /** Stems of every trigger and its irregular forms: "recognis", "establish", "began". */
    private static final List<String> CUES = java.util.stream.Stream.concat(
                    VERBS.keySet().stream().map(v -> v.endsWith("e") ? v.substring(0, v.length() - 1) : v),
                    Stream.of("began", "begun", "broke"))
            .distinct().toList();

    @Override
    public boolean mayApply(String lowerCaseText) {
        return CUES.stream().anyMatch(lowerCaseText::contains);
    }

    /** A verb that states an event, with who the event is with. */
    private record Reading(int token, String verb, RelationEventKind kind, List<Entity> counterparts) {
    }

    @Override
    public List<Integer> triggers(SentenceContext s) {
        return readings(s).stream().map(Reading::token).toList();
    }

    private static List<Reading> readings(SentenceContext s) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            read(s, i).ifPresent(readings::add);
        }
        return readings;
    }

    @Override
    public List<Fact> extract(SentenceContext s) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Reading reading : readings(s)) {
            Optional<FactDate> date = s.dateNear(reading.token());
            if (NEEDS_DATE.contains(reading.verb()) && date.isEmpty()) {
                continue;
            }
            for (Entity counterpart : reading.counterparts()) {
                Fact fact = s.fact(reading.kind(), s.articleCountry(), counterpart,
                        Optional.empty(), date, reading.kind().statement(s.articleCountry().name(), counterpart.name())
                                + Dates.suffix(date));
                // the same event read twice ("the establishment … began on August 1962"): keep the dated reading
                facts.merge(reading.kind() + counterpart.id().value(), fact, (old, young) -> old.date().isPresent() ? old : young);
            }
            if (reading.kind() == RelationEventKind.MAINTAINED) {
                insteadOf(s, reading.token()).ifPresent(other -> facts.putIfAbsent("not" + other.id(),
                        s.fact(RelationEventKind.NOT_MAINTAINED, s.articleCountry(), other,
                                Optional.empty(), Optional.empty(),
                                RelationEventKind.NOT_MAINTAINED.statement(s.articleCountry().name(), other.name()))));
            }
        }
        return List.copyOf(facts.values());
    }

    /** Token i as an event: a trigger verb, not negated or hedged, about diplomatic relations with someone. */
    private static Optional<Reading> read(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        Optional<String> verb = verb(t, i);
        if (verb.isEmpty() || s.insideMention(i) || isNegatedOrHedged(s, i)) {
            return Optional.empty();
        }
        RelationEventKind kind = VERBS.get(verb.get());
        List<Entity> counterparts;
        if (kind == RelationEventKind.RECOGNISED) {
            counterparts = recognisedState(s, i).map(List::of).orElse(List.of());
        } else if (aboutDiplomaticRelations(t, i, NEEDS_DATE.contains(verb.get()))) {
            counterparts = counterparts(s, i);
        } else {
            counterparts = List.of();
        }
        return counterparts.isEmpty() ? Optional.empty() : Optional.of(new Reading(i, verb.get(), kind, counterparts));
    }

    private static boolean isNegatedOrHedged(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        if (s.precededBy(i, 3, NEGATIONS) || s.precededBy(i, 10, HEDGES)) {
            return true;
        }
        int before = i - 1;
        if (before >= 0 && t.tag(before).equals("ADV")) {
            before--;
        }
        return before >= 0 && (t.lowerToken(before).equals("to") || RELATIVE_PRONOUNS.contains(t.lowerToken(before)));
    }

    /**
     * A relations/ties noun, not qualified as trade or economic relations, where the verb governs it: after the
     * verb ("resumed diplomatic relations"), or before it in the passive ("relations were established") or as the
     * subject of "start"/"begin" (and of "establishment of … relations").
     */
    private static boolean aboutDiplomaticRelations(AnalyzedSentence t, int i, boolean intransitive) {
        boolean noun = t.tag(i).equals("NOUN") || t.lowerToken(i).endsWith("ment");
        for (int j = i + 1; j < Math.min(t.size(), i + 6); j++) {
            if (isRelationNoun(t, j)) {
                return true;
            }
        }
        if (noun) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - (intransitive ? 16 : 9)); j--) {
            if (isRelationNoun(t, j)) {
                boolean passive = false;
                for (int k = j + 1; k < i; k++) {
                    passive |= t.tag(k).equals("AUX") || FORMS_OF_BE.contains(t.lowerToken(k));
                }
                return passive || intransitive;
            }
        }
        return false;
    }

    private static boolean isRelationNoun(AnalyzedSentence t, int j) {
        return t.lemmaIn(j, RELATION_NOUNS)
                && (j == 0 || !NON_DIPLOMATIC.contains(t.lowerToken(j - 1)));
    }

    /**
     * The trigger verb (or noun) token i is a form of, by its lemma or, where the lemmatizer does not know the
     * form ("resumed"), by its regular inflections.
     */
    private static Optional<String> verb(AnalyzedSentence t, int i) {
        if (t.lemmaIn(i, VERBS.keySet())) {
            return Optional.of(VERBS.containsKey(t.lowerToken(i)) ? t.lowerToken(i) : t.lemma(i));
        }
        return Optional.ofNullable(INFLECTIONS.get(t.lowerToken(i)));
    }

    /** Regular inflections of every trigger verb, and the irregular ones the articles use, to the verb. */
    private static Map<String, String> inflections() {
        Map<String, String> forms = new java.util.HashMap<>(Map.of("began", "begin", "begun", "begin",
                "broke", "break", "broken", "break"));
        for (String verb : VERBS.keySet()) {
            String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
            String doubled = verb + verb.charAt(verb.length() - 1);
            for (String form : List.of(verb, verb + "s", stem + "ed", stem + "ing", doubled + "ed", doubled + "ing")) {
                forms.putIfAbsent(form, verb);
            }
        }
        return Map.copyOf(forms);
    }

    /** The state recognised: a country named (or a demonym, "the Palestinian state") just after the verb. */
    private static Optional<Entity> recognisedState(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        int from = t.end(i);
        int to = i + 4 < t.size() ? t.end(i + 4) : s.text().length();
        return s.mentions().stream().filter(m -> m.entity().isCountry())
                .filter(m -> m.start() >= from && m.start() <= to && !m.entity().equals(s.articleCountry()))
                .map(Mention::entity).findFirst();
    }

    /**
     * Who the relations are with: the section's country where the sentence names it or names no other; otherwise
     * the named country nearest the verb.
     */
    private static List<Entity> counterparts(SentenceContext s, int i) {
        int at = s.tokens().start(i);
        Optional<Entity> excluded = insteadOf(s, i);
        List<Mention> named = s.countriesNamed().stream()
                .filter(m -> !m.entity().equals(s.articleCountry()))
                .filter(m -> excluded.map(e -> !e.equals(m.entity())).orElse(true))
                .toList();
        Optional<Entity> section = s.sectionCountry();
        if (section.isPresent() && (named.isEmpty() || named.stream().anyMatch(m -> m.entity().equals(section.get())))) {
            return List.of(section.get());
        }
        return named.stream().min((a, b) -> Integer.compare(Math.abs(a.start() - at), Math.abs(b.start() - at)))
                .map(m -> List.of(m.entity())).orElse(List.of());
    }

    /** "… with Taiwan instead of the People's Republic of China": the state named after "instead of". */
    private static Optional<Entity> insteadOf(SentenceContext s, int i) {
        int instead = s.text().indexOf("instead of", s.tokens().end(i));
        if (instead < 0) {
            return Optional.empty();
        }
        int after = instead + "instead of".length();
        return s.countriesNamed().stream().filter(m -> m.start() >= after && m.start() <= after + 6)
                .map(Mention::entity).findFirst();
    }
}
