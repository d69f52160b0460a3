package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;
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
        VERBS.put("initiate", RelationEventKind.ESTABLISHED);
        VERBS.put("forge", RelationEventKind.ESTABLISHED);
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
    private static final Set<String> HEDGES = Set.of("expect", "expected", "propose", "proposal", "pledge", "plan",
            "intend", "would", "could", "should", "might", "hope", "help", "seek", "sought", "attempt", "try",
            "refuse", "fail", "consider", "vote", "talk", "negotiation", "discuss", "call", "urge", "ask");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");
    private static final Set<String> RELATION_NOUNS = Set.of("relation", "relations", "tie", "ties", "relationship");
    private static final Set<String> NON_DIPLOMATIC = Set.of("trade", "economic", "commercial", "cultural");
    /** Verbs that read as "relations began" only when the sentence dates the beginning. */
    private static final Set<String> NEEDS_DATE = Set.of("start", "begin");
    /** Words between "recognised" and the state: "the independence of", "the State of", "the government of". */
    private static final Set<String> RECOGNITION_FILLERS = Set.of("the", "independence", "state", "of", "government",
            "sovereignty", "republic", "newly", "formally", "officially");
    /** Words that say which relations, not how good they are. */
    private static final Set<String> PLAIN_MODIFIERS = Set.of("diplomatic", "formal", "official", "full", "bilateral",
            "consular", "the", "their", "its", "all", "any", "mutual", "normal", "ambassadorial", "direct",
            "formally", "officially", "first", "also", "once", "again", "finally", "fully", "immediately");
    private static final Set<String> ANNIVERSARY = Set.of("anniversary", "jubilee");
    private static final Set<String> POSSESSED_STATEHOOD = Set.of("independence", "sovereignty", "statehood");
    /** Nouns a demonym may stand before and still name the state: "the Palestinian state". */
    private static final Set<String> STATE_NOUNS = Set.of("state", "independence", "government", "republic");

    /** Stems of every trigger and its irregular forms: "recognis", "establish", "began". */
    private static final List<String> CUES = java.util.stream.Stream.concat(
                    VERBS.keySet().stream().map(v -> v.endsWith("e") ? v.substring(0, v.length() - 1) : v),
                    Stream.of("began", "begun", "broke"))
            .distinct().toList();

    @Override
    public boolean mayApply(String lowerCaseText) {
        return CUES.stream().anyMatch(lowerCaseText::contains);
    }

    /** A verb that states an event, with its two parties: the one acting (or the article's country) first. */
    private record Reading(int token, String verb, RelationEventKind kind, List<Entity> parties) {
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
        List<Reading> readings = readings(s);
        // "The establishment of diplomatic relations … started in 1992 …, but never progressed": nothing was
        // established, by the noun or the verb
        boolean cameToNothing = readings.stream().anyMatch(r -> NEEDS_DATE.contains(r.verb())
                && cameToNothing(s, r.token()));
        for (Reading reading : readings) {
            if (cameToNothing && reading.kind() == RelationEventKind.ESTABLISHED) {
                continue;
            }
            // "exchanged telegrams on 2 October 2005 on the 30th anniversary of establishing relations": the date
            // is the anniversary's
            Optional<FactDate> date = s.clauseHas(reading.token(), ANNIVERSARY) ? Optional.empty()
                    : s.dateNear(reading.token());
            if (NEEDS_DATE.contains(reading.verb()) && date.isEmpty()) {
                continue;
            }
            // a mutual event is told from the article's side, as its own sentences tell it
            boolean swap = reading.kind().mutual() && reading.parties().get(1).equals(s.articleCountry());
            Entity subject = reading.parties().get(swap ? 1 : 0);
            Entity counterpart = reading.parties().get(swap ? 0 : 1);
            Fact fact = s.fact(reading.kind(), subject, counterpart, Optional.empty(), date,
                    reading.kind().statement(subject.name(), counterpart.name()) + Dates.suffix(date));
            // the same event read twice ("the establishment … began on August 1962"): keep the dated reading
            facts.merge(reading.kind() + counterpart.id().value() + subject.id().value(), fact,
                    (old, young) -> old.date().isPresent() ? old : young);
            if (reading.kind() == RelationEventKind.MAINTAINED) {
                insteadOf(s, reading.token()).ifPresent(other -> facts.putIfAbsent("not" + other.id(),
                        s.fact(RelationEventKind.NOT_MAINTAINED, subject, other, Optional.empty(), Optional.empty(),
                                RelationEventKind.NOT_MAINTAINED.statement(subject.name(), other.name()))));
            }
        }
        return List.copyOf(withoutItsOpposite(facts.values()));
    }

    /** Words after a beginning that say it led nowhere. */
    private static final Set<String> CAME_TO_NOTHING = Set.of("never", "stall", "stalled", "collapse", "collapsed",
            "abandon", "abandoned", "halt", "halted");

    /**
     * "The establishment of diplomatic relations … started in 1992 …, but never progressed": a beginning the
     * sentence goes on to say came to nothing established nothing.
     */
    private static boolean cameToNothing(SentenceContext s, int trigger) {
        for (int j = trigger + 1; j < s.tokens().size(); j++) {
            if (s.tokens().lemmaIn(j, CAME_TO_NOTHING) || CAME_TO_NOTHING.contains(s.tokens().lowerToken(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Diplomatic relations were established on 31 March 2004, when Dominica suspended ties with the Republic of
     * China": relations of one pair are not begun and broken at one time, so a beginning whose pair has a break in
     * the same sentence, undated or of the same date, was another pair's and is left out.
     */
    private static List<Fact> withoutItsOpposite(java.util.Collection<Fact> facts) {
        List<Fact> breaks = facts.stream().filter(f -> f.kind() instanceof RelationEventKind k && !k.relationsStand()
                && k != RelationEventKind.NOT_MAINTAINED).toList();
        return facts.stream().filter(f -> f.kind() != RelationEventKind.ESTABLISHED || breaks.stream().noneMatch(b ->
                samePair(b, f) && (b.date().isEmpty() || b.date().equals(f.date())))).toList();
    }

    private static boolean samePair(Fact a, Fact b) {
        return a.subject().equals(b.subject()) && a.counterpart().equals(b.counterpart())
                || a.subject().equals(b.counterpart()) && a.counterpart().equals(b.subject());
    }

    /** Token i as an event: a trigger verb, not negated or hedged, about diplomatic relations between two parties. */
    private static Optional<Reading> read(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        Optional<String> verb = verb(t, i);
        if (verb.isEmpty() || s.insideMention(i) || isNegatedOrHedged(s, i)) {
            return Optional.empty();
        }
        RelationEventKind kind = VERBS.get(verb.get());
        if (kind == RelationEventKind.MAINTAINED && !presentTense(t, i)) {
            // "previously maintained relations with …": says nothing of where relations stand now
            return Optional.empty();
        }
        Optional<List<Entity>> parties;
        if (kind == RelationEventKind.RECOGNISED) {
            parties = recognition(s, i);
        } else if (!kind.mutual() && s.clauseOf(i).passive() && EventParties.agent(s, i).isEmpty()) {
            // "Diplomatic relations between Hungary and Mexico were suspended": the statement would say who
            // suspended them, which the passive does not
            parties = Optional.empty();
        } else if (aboutDiplomaticRelations(t, i, NEEDS_DATE.contains(verb.get()))) {
            parties = EventParties.of(s, i, insteadOf(s, i));
        } else {
            parties = Optional.empty();
        }
        return parties.map(p -> new Reading(i, verb.get(), kind, p));
    }

    /** "maintains", "maintain" not after "previously" or "formerly". */
    private static boolean presentTense(AnalyzedSentence t, int i) {
        String form = t.lowerToken(i);
        boolean before = i > 0 && Set.of("previously", "formerly", "once", "long").contains(t.lowerToken(i - 1));
        return (form.equals("maintains") || form.equals("maintain")) && !before;
    }

    private static boolean isNegatedOrHedged(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        if (s.negated(i) || s.clauseHas(i, HEDGES)) {
            return true;
        }
        int before = i - 1;
        if (before >= 0 && t.tag(before).equals("ADV")) {
            before--;
        }
        return before >= 0 && (t.lowerToken(before).equals("to") && !firstToDoIt(t, before)
                || RELATIVE_PRONOUNS.contains(t.lowerToken(before)));
    }

    /**
     * "Nepal was the first … nation in South and Central Asia to establish diplomatic ties with Israel", "the first
     * to recognise": an infinitive after "the first state" tells what a state did first, not what it means to do
     * ("the first step to establish relations" is no such thing).
     */
    private static boolean firstToDoIt(AnalyzedSentence t, int to) {
        boolean state = false;
        for (int j = to - 1; j >= Math.max(0, to - FIRST_WITHIN); j--) {
            String word = t.lowerToken(j);
            if (ORDINALS.contains(word) && j > 0 && t.lowerToken(j - 1).equals("the")) {
                return state || j == to - 1;
            }
            if (t.tag(j).equals("VERB") || t.tag(j).equals("AUX")) {
                return false;
            }
            state |= STATES.contains(word);
        }
        return false;
    }

    /** How far before its infinitive "the first" may stand. */
    private static final int FIRST_WITHIN = 15;
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "last", "only");
    private static final Set<String> STATES = Set.of("country", "countries", "nation", "nations", "state", "states",
            "government", "governments");

    /**
     * A relations/ties noun, not qualified as trade or economic relations, where the verb governs it: after the
     * verb ("resumed diplomatic relations"), or before it in the passive ("relations were established") or as the
     * subject of "start"/"begin" (and of "establishment of … relations").
     */
    private static boolean aboutDiplomaticRelations(AnalyzedSentence t, int i, boolean intransitive) {
        boolean noun = t.tag(i).equals("NOUN") || t.lowerToken(i).endsWith("ment");
        for (int j = i + 1; j < Math.min(t.size(), i + 6); j++) {
            if (t.tag(j).equals("VERB")) {
                // "began to strengthen its relations": the relations are another verb's
                break;
            }
            if (isRelationNoun(t, j)) {
                return plainlyDiplomatic(t, i + 1, j);
            }
        }
        if (noun) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - (intransitive ? 16 : 9)); j--) {
            if (isRelationNoun(t, j)) {
                boolean passive = false;
                for (int k = j + 1; k < i; k++) {
                    passive |= t.tag(k).equals("AUX") || ClauseReader.FORMS_OF_BE.contains(t.lowerToken(k));
                }
                return (passive || intransitive) && plainlyDiplomatic(t, Math.max(0, j - 3), j);
            }
        }
        return false;
    }

    /**
     * The words before a relations noun say which relations: "diplomatic", "formal", "full", "their" are the
     * state of relations; "a positive relationship", "good relations", "closer ties" are their quality, which no
     * event begins or ends. Looks at the words from {@code from} up to the noun, back to the first that is not an
     * adjective or determiner.
     */
    private static boolean plainlyDiplomatic(AnalyzedSentence t, int from, int noun) {
        for (int k = noun - 1; k >= from; k--) {
            String tag = t.tag(k);
            if (!(tag.equals("ADJ") || tag.equals("DET") || tag.equals("PRON") || tag.equals("ADV"))) {
                break;
            }
            if (!PLAIN_MODIFIERS.contains(t.lowerToken(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRelationNoun(AnalyzedSentence t, int j) {
        // "consular relations" are not diplomatic ones; "diplomatic and consular relations" are
        boolean consularOnly = j > 0 && t.lowerToken(j - 1).equals("consular")
                && !(j >= 3 && t.lowerToken(j - 2).equals("and") && t.lowerToken(j - 3).equals("diplomatic"));
        return t.lemmaIn(j, RELATION_NOUNS) && !consularOnly
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

    /**
     * Who recognised whom: the clause's one subject country (or, in the passive, the country after "by") and the
     * state that heads the verb's object: "recognised Kosovo", "recognized the State of Palestine", "recognised
     * the independence of Montenegro", "the Palestinian state". "Recognized the Armenian Genocide" names no state.
     */
    private static Optional<List<Entity>> recognition(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        Clause clause = s.clauseOf(i);
        int j = i + 1;
        while (j < clause.end() && s.mentionStartingAt(t.start(j)).isEmpty()
                && (RECOGNITION_FILLERS.contains(t.lowerToken(j)) || t.tag(j).equals("ADV"))) {
            j++;
        }
        if (j >= clause.end()) {
            return Optional.empty();
        }
        Optional<Mention> object = s.mentionStartingAt(t.start(j)).filter(m -> m.entity().isCountry());
        if (object.isEmpty()) {
            return Optional.empty();
        }
        int after = t.tokenAt(object.get().end());
        boolean possessive = s.text().startsWith("'s", object.get().end()) || s.text().startsWith("\u2019s", object.get().end());
        if (possessive) {
            // "Finland's independence", not "Georgia's territorial integrity"
            int owner = t.tokenAt(object.get().start());
            int next = after >= 0 && after != owner ? after + 1 : owner + 1;
            boolean statehood = next < t.size() && POSSESSED_STATEHOOD.contains(t.lowerToken(next));
            return statehood ? recogniser(s, i, clause).filter(r -> !r.equals(object.get().entity()))
                    .map(r -> List.of(r, object.get().entity())) : Optional.empty();
        }
        // the word after the name, if the name modifies it: "Kosovo passport" names a passport; a month begins a
        // date ("recognised Kosovo March 7, 2008")
        after = t.tokenFrom(object.get().end());
        boolean head = after < 0 || !(t.tag(after).equals("NOUN") || t.tag(after).equals("PROPN"))
                || Dates.isMonth(t.lowerToken(after))
                || object.get().form() == MentionForm.DEMONYM && STATE_NOUNS.contains(t.lowerToken(after));
        if (!head || object.get().form() == MentionForm.DEMONYM && (after < 0 || !STATE_NOUNS.contains(t.lowerToken(after)))) {
            return Optional.empty();
        }
        if (ON_AN_ISSUE.matcher(s.text()).region(object.get().end(), s.text().length()).lookingAt()) {
            // "Georgia recognizes Serbia on the issue of Kosovo": a stand taken with the state, no recognition of it
            return Optional.empty();
        }
        Entity recognised = object.get().entity();
        return recogniser(s, i, clause).filter(r -> !r.equals(recognised)).map(r -> List.of(r, recognised));
    }

    private static final java.util.regex.Pattern ON_AN_ISSUE = java.util.regex.Pattern.compile(
            "\\s+(on|over|in)\\s+(the\\s+)?(issue|question|matter|subject|position|stance|case)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The clause's one subject country ("the government" being the article's own), or in the passive the agent. */
    private static Optional<Entity> recogniser(SentenceContext s, int i, Clause clause) {
        return clause.passive() ? EventParties.agent(s, i) : EventParties.single(s.subjectCountries(clause))
                .or(() -> EventParties.ownGovernment(s, clause));
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
