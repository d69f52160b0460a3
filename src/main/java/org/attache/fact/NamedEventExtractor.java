package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.nlp.AnalyzedSentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named events in the relations of two states: conflicts ("the 100-hour Football War", "border dispute") and
 * treaties ("a peace treaty on October 30, 1980", "a 400-page ruling", "a joint communique"). Both are read in one
 * pass so that a date goes to the event it stands next to ("a peace treaty on October 30, 1980, which put the
 * border dispute before the court": the treaty's date, not the dispute's).
 */
final class NamedEventExtractor implements FactExtractor {
    private static final Set<String> LINKING_WORDS = Set.of("and", "of", "for");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");

    /** Trigger nouns (singular, lower case) and the kind each introduces. */
    private static final Map<String, FactKind> TRIGGERS = triggers();

    private static Map<String, FactKind> triggers() {
        Map<String, FactKind> triggers = new java.util.HashMap<>();
        for (ConflictKind kind : ConflictKind.values()) {
            triggers.put(kind.label(), kind);
        }
        for (TreatyKind kind : TreatyKind.values()) {
            triggers.put(kind.label(), kind);
        }
        triggers.put("accord", TreatyKind.AGREEMENT);
        triggers.put("communiqué", TreatyKind.COMMUNIQUE);
        return Map.copyOf(triggers);
    }

    @Override
    public boolean mayApply(String lowerCaseText) {
        return TRIGGERS.keySet().stream().anyMatch(lowerCaseText::contains);
    }

    @Override
    public List<Integer> triggers(SentenceContext s) {
        AnalyzedSentence t = s.tokens();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (trigger(t, i).isPresent() && !s.insideMention(i) && !isModifier(t, i) && !afterTheEndOf(t, i)
                    && !aboutThirdParty(s, i)) {
                found.add(i);
            }
        }
        return s.counterparts().isEmpty() ? List.of() : found;
    }

    @Override
    public List<Fact> extract(SentenceContext s) {
        AnalyzedSentence t = s.tokens();
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (int i : triggers(s)) {
            FactKind trigger = trigger(t, i).orElseThrow();
            String name = name(t, i);
            Optional<FactDate> date = s.dateNear(i);
            for (Entity counterpart : s.counterparts()) {
                facts.putIfAbsent(trigger.label() + counterpart.id() + name, s.fact(trigger, s.articleCountry(), counterpart, Optional.of(name), date, capitalise(name)
                                + ", in the relations of " + s.articleCountry().name() + " and " + counterpart.name()
                                + Dates.suffix(date)));
            }
        }
        return List.copyOf(facts.values());
    }

    private static Optional<FactKind> trigger(AnalyzedSentence t, int i) {
        String token = t.lowerToken(i);
        String singular = token.endsWith("es") && TRIGGERS.containsKey(token.substring(0, token.length() - 2))
                ? token.substring(0, token.length() - 2)
                : token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
        return Optional.ofNullable(TRIGGERS.containsKey(token) ? TRIGGERS.get(token) : TRIGGERS.get(singular));
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "war crime", "treaty organisation": the trigger only qualifies the noun after it. */
    private static boolean isModifier(AnalyzedSentence t, int i) {
        return i + 1 < t.size() && t.tag(i + 1).equals("NOUN") && Character.isLowerCase(t.token(i + 1).charAt(0));
    }

    /** "after the end of the cold war": the event only dates something else. */
    private static boolean afterTheEndOf(AnalyzedSentence t, int i) {
        for (int j = Math.max(0, i - 6); j + 1 < i; j++) {
            if (t.lowerToken(j).equals("end") && t.lowerToken(j + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** The trigger with the words that name it: "100-hour Football War", "Commercial and Security Agreement". */
    private static String name(AnalyzedSentence t, int i) {
        boolean capitalised = Character.isUpperCase(t.token(i).charAt(0));
        int start = i;
        int j = i - 1;
        while (j >= 0 && i - j < 7) {
            if (j >= 2 && t.token(j - 1).equals("-") && t.end(j - 2) == t.start(j - 1) && t.end(j - 1) == t.start(j)) {
                start = j - 2;
                j -= 3;
                continue;
            }
            String token = t.token(j);
            if (DETERMINERS.contains(token.toLowerCase(java.util.Locale.ROOT)) || t.tag(j).equals("PUNCT")) {
                break;
            }
            boolean upper = Character.isUpperCase(token.charAt(0)) && j > 0;
            boolean linking = LINKING_WORDS.contains(token) && j > 0 && Character.isUpperCase(t.token(j - 1).charAt(0));
            boolean modifier = Set.of("ADJ", "NOUN", "PROPN", "NUM").contains(t.tag(j));
            if (!(capitalised ? upper || linking || token.matches("\\d+") : upper || modifier)) {
                break;
            }
            start = j;
            j--;
        }
        return t.text().substring(t.start(start), t.end(i));
    }

    /** "the invasion of Tibet": an event between the counterpart and a third party, not with this country. */
    private static boolean aboutThirdParty(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        if (i + 2 >= t.size() || !t.lowerToken(i + 1).equals("of")) {
            return false;
        }
        return s.mentionStartingAt(t.start(i + 2)).map(m -> !m.entity().equals(s.articleCountry())).orElse(true);
    }
}
