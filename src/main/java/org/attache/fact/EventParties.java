package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;
import org.attache.nlp.AnalyzedSentence;

import java.util.List;
import java.util.Optional;

/**
 * The two parties of an event a trigger word states, read from the trigger's clause: "relations between X and Y",
 * "X and Y established …", "X … with Y", or a subject and the one other country its clause names. The article's own
 * country or the section's is a party only where the source itself supplies it: a section headed by the counterpart,
 * whose sentences may say just "Both countries established relations in 1994". Anything else (a pronoun subject, a
 * third country's action, more countries than roles) gives no parties: no fact is better than a wrong pair.
 */
final class EventParties {
    private EventParties() {
    }

    /** The parties of the event at token i, the acting one first; {@code excluded} is named but not a party. */
    static Optional<List<Entity>> of(SentenceContext s, int i, Optional<Entity> excluded) {
        Clause clause = s.clauseOf(i);
        Optional<List<Entity>> between = between(s, clause, excluded);
        if (between.isPresent()) {
            return between;
        }
        Optional<Entity> possessor = possessor(s, i);
        if (possessor.isPresent()) {
            // "strains due to Liberia's establishment of diplomatic relations with the Soviet Union": the
            // possessor acts, whatever the clause's subject is
            return objectOfWith(s, clause, i).filter(c -> !c.equals(possessor.get()))
                    .map(c -> List.of(possessor.get(), c));
        }
        List<Entity> named = s.countriesBetween(clause.start(), clause.end(), false).stream().map(Mention::entity)
                .filter(e -> excluded.map(x -> !x.equals(e)).orElse(true)).distinct().toList();
        List<Entity> subject = clause.relative() ? List.of() : s.subjectCountries(clause).stream()
                .filter(e -> excluded.map(x -> !x.equals(e)).orElse(true)).toList();
        Optional<Entity> section = s.sectionCountry();
        if (subject.size() == 2) {
            return Optional.of(ordered(s, subject.get(0), subject.get(1)));
        }
        if (subject.size() == 1) {
            Entity actor = subject.get(0);
            List<Entity> others = named.stream().filter(e -> !e.equals(actor)).toList();
            if (others.size() == 1) {
                return Optional.of(List.of(actor, others.get(0)));
            }
            if (others.isEmpty() && !withSomeoneElse(s, clause, i)) {
                // the clause names no other party: the section's country (the article's own when the section's
                // acts), or the one other country the sentence names ("… held talks with El Salvador's minister and
                // signed a communique on the establishment …")
                List<Entity> inSentence = s.countriesNamed().stream().map(Mention::entity)
                        .filter(e -> !e.equals(actor) && excluded.map(x -> !x.equals(e)).orElse(true)).distinct()
                        .toList();
                Optional<Entity> sectionSide = section.map(c -> c.equals(actor) ? s.articleCountry() : c);
                if (THE_COUNTRY.matcher(s.text().substring(s.tokens().start(clause.start()),
                        s.tokens().end(clause.end() - 1))).find()) {
                    // "… when Malaysia established relations with the country": the article's own country
                    sectionSide = Optional.of(s.articleCountry());
                }
                return sectionSide.or(() -> single(inSentence)).filter(c -> !c.equals(actor))
                        .map(c -> List.of(actor, c));
            }
            return objectOfWith(s, clause, i).filter(c -> !c.equals(actor)).map(c -> List.of(actor, c));
        }
        Optional<Entity> own = ownGovernment(s, clause);
        if (own.isPresent()) {
            return single(named.stream().filter(e -> !e.equals(own.get())).toList()).map(c -> List.of(own.get(), c));
        }
        if (clause.relative() || !(clause.passive() || s.subjectIsThePair(clause) || isNoun(s, i)
                || s.subjectNamesRelations(clause))) {
            return Optional.empty();
        }
        // no acting country: "Relations were established in 1992", "Both countries established …"
        if (section.isEmpty()) {
            if (named.size() == 2 && s.subjectIsThePair(clause)) {
                return Optional.of(ordered(s, named.get(0), named.get(1)));
            }
            // "Romania recognised Belarus in 1991 and bilateral relations were established in 1992": the clause
            // names no one, and the sentence names just the article's country and one other
            List<Entity> inSentence = s.countriesNamed().stream().map(Mention::entity).distinct().toList();
            return named.isEmpty() && inSentence.size() == 2 && inSentence.contains(s.articleCountry())
                    ? Optional.of(ordered(s, inSentence.get(0), inSentence.get(1))) : Optional.empty();
        }
        if (named.isEmpty() || named.size() == 1 && named.get(0).equals(section.get())) {
            return Optional.of(List.of(s.articleCountry(), section.get()));
        }
        return Optional.empty();
    }

    /**
     * "The government recognised …", "the country joined …": in a country's article, a subject that is only
     * "the government" (or country, state, president) names no one else and means the article's own country.
     */
    static Optional<Entity> ownGovernment(SentenceContext s, Clause clause) {
        AnalyzedSentence t = s.tokens();
        int end = clause.subjectEnd();
        while (end > clause.subjectStart() && t.tag(end - 1).equals("ADV")) {
            // "the government officially recognised …"
            end--;
        }
        if (clause.relative() || end - clause.subjectStart() != 2
                || !t.lowerToken(clause.subjectStart()).equals("the")
                || !OWN.contains(t.lowerToken(clause.subjectStart() + 1))) {
            return Optional.empty();
        }
        return Optional.of(s.articleCountry());
    }

    /**
     * "with the country", "with the kingdom": the article's own country, named no other way; not "with the
     * Sultanate of Johor", which names another.
     */
    private static final java.util.regex.Pattern THE_COUNTRY = java.util.regex.Pattern.compile(
            "(?i)\\bwith the (country|nation|kingdom|republic|sultanate|island nation|state)\\b(?!\\s+of\\b)");

    /** The country whose possessive stands just before a trigger noun: "Liberia's establishment of relations". */
    private static Optional<Entity> possessor(SentenceContext s, int i) {
        if (!isNoun(s, i)) {
            return Optional.empty();
        }
        String before = s.text().substring(0, s.tokens().start(i)).stripTrailing();
        if (!before.endsWith("'s") && !before.endsWith("’s")) {
            return Optional.empty();
        }
        int apostrophe = before.length() - 2;
        return s.countriesNamed().stream().filter(m -> m.end() == apostrophe).map(Mention::entity).findFirst();
    }

    private static final java.util.Set<String> OWN = java.util.Set.of("government", "country", "state", "president",
            "nation");

    /** The agent of a passive verb: the country after "by" in its clause ("was recognised by Chile"). */
    static Optional<Entity> agent(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        Clause clause = s.clauseOf(i);
        for (int j = i + 1; j + 1 < clause.end(); j++) {
            if (t.lowerToken(j).equals("by")) {
                int at = t.lowerToken(j + 1).equals("the") && j + 2 < clause.end() ? j + 2 : j + 1;
                return s.mentionStartingAt(t.start(at)).map(Mention::entity).filter(Entity::isCountry);
            }
        }
        return Optional.empty();
    }

    /** The one entity of a list, if it has exactly one. */
    static Optional<Entity> single(List<Entity> entities) {
        return entities.size() == 1 ? Optional.of(entities.get(0)) : Optional.empty();
    }

    /** "between X and Y" in the clause: the two countries on either side of the "and". */
    static Optional<List<Entity>> between(SentenceContext s, Clause clause, Optional<Entity> excluded) {
        AnalyzedSentence t = s.tokens();
        for (int j = clause.start(); j + 1 < clause.end(); j++) {
            if (!t.lowerToken(j).equals("between")) {
                continue;
            }
            Optional<Mention> first = countryAt(s, j + 1, clause);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            int and = j + 1;
            while (and < clause.end() && t.start(and) < first.get().end()) {
                and++;
            }
            if (and + 1 >= clause.end() || !t.lowerToken(and).equals("and")) {
                return Optional.empty();
            }
            Optional<Mention> second = countryAt(s, and + 1, clause);
            if (second.isEmpty() || second.get().entity().equals(first.get().entity())
                    || excluded.filter(x -> x.equals(first.get().entity()) || x.equals(second.get().entity()))
                    .isPresent()) {
                return Optional.empty();
            }
            return Optional.of(ordered(s, first.get().entity(), second.get().entity()));
        }
        return Optional.empty();
    }

    /** The country named at token j ("the" skipped): "Republic of Namibia", "the ROC". */
    private static Optional<Mention> countryAt(SentenceContext s, int j, Clause clause) {
        AnalyzedSentence t = s.tokens();
        int at = j < clause.end() && t.lowerToken(j).equals("the") ? j + 1 : j;
        if (at >= clause.end()) {
            return Optional.empty();
        }
        return s.mentionStartingAt(t.start(at)).filter(m -> m.entity().isCountry());
    }

    /**
     * "The Dutch established relations with the Sultanate of Johor": the first "with" after the trigger names, by a
     * proper name, someone who is no country; the other party is stated, and is not one the sentence names elsewhere.
     */
    private static boolean withSomeoneElse(SentenceContext s, Clause clause, int i) {
        AnalyzedSentence t = s.tokens();
        for (int j = i + 1; j + 1 < clause.end(); j++) {
            if (t.lowerToken(j).equals("with")) {
                int at = t.lowerToken(j + 1).equals("the") && j + 2 < clause.end() ? j + 2 : j + 1;
                return t.tag(at).equals("PROPN") && countryAt(s, j + 1, clause).isEmpty();
            }
        }
        return false;
    }

    /** "… relations with Taiwan": the country after the first "with" that follows the trigger in its clause. */
    private static Optional<Entity> objectOfWith(SentenceContext s, Clause clause, int i) {
        AnalyzedSentence t = s.tokens();
        for (int j = i + 1; j + 1 < clause.end(); j++) {
            if (t.lowerToken(j).equals("with")) {
                return countryAt(s, j + 1, clause).map(Mention::entity);
            }
        }
        return Optional.empty();
    }

    /** The two, the article's country first when it is one of them. */
    static List<Entity> fromArticleSide(SentenceContext s, Entity a, Entity b) {
        return ordered(s, a, b);
    }

    /** The article's country first when it is one of the two: facts read from its own article. */
    private static List<Entity> ordered(SentenceContext s, Entity a, Entity b) {
        return b.equals(s.articleCountry()) ? List.of(b, a) : List.of(a, b);
    }

    private static boolean isNoun(SentenceContext s, int i) {
        return s.tokens().tag(i).equals("NOUN") || s.tokens().lowerToken(i).endsWith("ment");
    }
}
