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

/**
 * Named events in the relations of two states: conflicts ("the 100-hour Football War", "border dispute") and
 * treaties ("a peace treaty on October 30, 1980", "a 400-page ruling", "a joint communique"). Both are read in one
 * pass so that a date goes to the event it stands next to ("a peace treaty on October 30, 1980, which put the
 * border dispute before the court": the treaty's date, not the dispute's).
 */
final class NamedEventExtractor implements FactExtractor {
    private static final Set<String> LINKING_WORDS = Set.of("and", "of", "for");
    /**
     * How many words before and after its name a war's or treaty's date may stand: "the 1998 peace treaty", "the
     * Cenepa War between Ecuador and Peru in early 1995".
     */
    private static final int DATE_BEFORE = 4;
    private static final int DATE_AFTER = 8;
    private static final Set<String> TIME_PREPOSITIONS = Set.of("during", "throughout", "after", "before", "since",
            "following", "until", "in", "amid", "at", "by", "post", "pre", "from", "through", "of");
    /** Verbs whose subject is a party to the treaty they govern: "signed", "concluded", "have", "reached". */
    private static final Set<String> SIGNING = Set.of("sign", "conclude", "ratify", "reach", "have", "agree", "enter",
            "adopt", "strike", "ink", "renew", "extend", "finalize", "finalise", "launch", "establish", "accede", "modify",
            "amend", "revise", "update", "implement", "maintain", "hold", "issue", "deliver");

    private static boolean signs(AnalyzedSentence t, Clause clause) {
        return verbIn(t, clause, SIGNING);
    }

    private static boolean verbIn(AnalyzedSentence t, Clause clause, Set<String> verbs) {
        return clause.verb() >= 0 && (t.lemmaIn(clause.verb(), verbs)
                || verbs.contains(t.lowerToken(clause.verb()).replaceAll("(ed|d|s)$", "")));
    }

    /**
     * Verbs that make a party of their subject but date another act than the treaty's making: "Honduras ratified
     * the protocol in May 1999", "renewed the agreement in 2010".
     */
    private static final Set<String> LATER_ACTS = Set.of("ratify", "enter", "renew", "extend", "accede",
            "modify", "amend", "revise", "update", "implement", "maintain", "hold", "deliver");

    /**
     * "bilateral agreements … would be signed", "an agreement will be concluded": a modal before a passive
     * participle after the treaty tells one not yet made.
     */
    private static boolean yetToBeMade(AnalyzedSentence t, Clause clause, int trigger) {
        for (int j = trigger + 1; j + 2 < clause.end(); j++) {
            if (MODALS.contains(t.lowerToken(j)) && t.lowerToken(j + 1).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** "attack on Indians", "raids against Chinese": a people named by its demonym after the event's name. */
    private static boolean onAPeople(SentenceContext s, int nameEnd) {
        AnalyzedSentence t = s.tokens();
        int at = nameEnd + 1;
        if (at + 1 >= t.size() || !Set.of("on", "against").contains(t.lowerToken(at))) {
            return false;
        }
        int people = t.lowerToken(at + 1).equals("the") && at + 2 < t.size() ? at + 2 : at + 1;
        return s.mentionStartingAt(t.start(people))
                .filter(m -> m.form() == org.attache.gazetteer.MentionForm.DEMONYM).isPresent();
    }

    /** Verbs that end a treaty: their date is the ending's, and the treaty no longer binds. */
    private static final List<String> ENDING = List.of("nullif", "annul", "abrogat", "revok", "terminat", "cancel",
            "repudiat", "denounc", "scrap", "suspend", "rescind", "void");

    /** How many words after its trigger an ending verb may stand ("the agreement with Bolivia (terminated …)"). */
    private static final int ENDING_AFTER = 5;

    /**
     * "The two countries nullified their earlier friendship and cooperation treaty in 1995", "the pact was
     * abrogated": the verb nearest the treaty ends it. Another verb of the clause does not ("cancelled entry visas
     * and signed a joint declaration").
     */
    private static boolean ended(AnalyzedSentence t, Clause clause, int nameStart, int trigger) {
        for (int j = nameStart - 1; j >= clause.start(); j--) {
            if (t.tag(j).equals("VERB")) {
                if (endingVerb(t, j)) {
                    return true;
                }
                break;
            }
        }
        // "the Free Trade Agreement with Bolivia (terminated in 2010)": an aside in brackets ends its own clause
        for (int j = trigger + 1; j < Math.min(t.size(), trigger + 1 + ENDING_AFTER); j++) {
            if (t.tag(j).equals("VERB")) {
                return endingVerb(t, j);
            }
        }
        return false;
    }

    private static boolean endingVerb(AnalyzedSentence t, int j) {
        // stems, not lemmas: the lemmatiser leaves "annulled" and "nullified" as they are
        return ENDING.stream().anyMatch(t.lowerToken(j)::startsWith);
    }

    /** Verbs that make a treaty, whose date is the treaty's. */
    private static final Set<String> MAKING = Set.of("sign", "signed", "conclude", "concluded");

    private static final Set<String> MODALS = Set.of("would", "will", "shall", "could", "may", "might", "should");

    /** An organisation named within the four words after the trigger: "an agreement with the EU", "to join NAFTA". */
    private static boolean withABody(SentenceContext s, int i) {
        AnalyzedSentence t = s.tokens();
        if (i + 2 < t.size() && t.lowerToken(i + 1).equals("to") && t.lemmaIn(i + 2, JOINING)) {
            // "signed an agreement to join NAFTA", whether or not the gazetteer knows the body
            return true;
        }
        int limit = i + 5 < t.size() ? t.start(i + 5) : s.text().length();
        return s.mentions().stream().anyMatch(m -> m.start() > t.end(i) && m.start() < limit
                && m.entity().kind() == org.attache.gazetteer.EntityKind.ORGANISATION);
    }

    private static final Set<String> JOINING = Set.of("join", "accede", "enter");

    /** The token the name starts at: the name holds the trigger, and may go on after it ("Treaty of Lima"). */
    private static int nameStart(AnalyzedSentence t, int i, String name) {
        int at = t.text().lastIndexOf(name, t.start(i));
        return at < 0 ? i : Math.max(0, t.tokenAt(at));
    }

    /** More dates than a sentence of prose holds: a table flattened into text. */
    private static final int TABLE_DATES = 6;

    /** How near its name a treaty's date stands when no verb of its clause signs it. */
    private static final int BESIDE_THE_NAME = 3;

    /** A civil war: fought within one country. */
    private static final java.util.regex.Pattern CIVIL = java.util.regex.Pattern.compile("(?i)\\bcivil\\b");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("with", "against", "on", "of");
    /** Words that make the treaty or war one that did not happen, or not yet. */
    private static final Set<String> HEDGES = Set.of("propose", "proposal", "plan", "would", "could", "should", "nearly",
            "almost",
            "might", "hope", "seek", "sought", "attempt", "try", "refuse", "fail", "negotiate", "negotiation", "draft",
            "vote", "reject", "threaten", "avoid", "prevent", "unable", "potential", "view", "regard", "ally", "allies",
            "allied", "schedule", "desire", "wish", "intend", "expect", "aim");
    /** Words after the trigger that make it a threat, a prospect or a view rather than what happened. */
    private static final Set<String> HEDGES_AFTER = Set.of("loom", "looming", "potential", "danger", "threat", "risk",
            "possible", "allies", "ally", "schedule", "scheduled");
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
            if (trigger(t, i).isPresent() && isNoun(t, i) && !s.insideMention(i) && !isModifier(t, i)
                    && !afterTheEndOf(t, i)) {
                found.add(i);
            }
        }
        return found;
    }

    @Override
    public List<Fact> extract(SentenceContext s) {
        AnalyzedSentence t = s.tokens();
        Map<String, Fact> facts = new LinkedHashMap<>();
        if (s.dates().size() >= TABLE_DATES) {
            // a table's rows run together into one "sentence" ("… Agreement ANZSCEP 18 August 2000 14 November 2000
            // 1 January 2001 1 European Free Trade Association Agreement …"): its names and parties are garbled
            return List.of();
        }
        for (int i : triggers(s)) {
            boolean such = i > 0 && t.lowerToken(i - 1).equals("such") || i > 1 && t.lowerToken(i - 2).equals("such");
            String name = name(t, i);
            int nameStart = nameStart(t, i, name);
            // "are negotiating a Trade, Investment and Development Cooperation Agreement": the hedge before a
            // name that runs over a comma
            if (s.negated(i) || s.clauseHas(i, HEDGES) || s.clauseHas(nameStart, HEDGES)
                    || s.clauseHasAfter(i, HEDGES_AFTER) || such) {
                // "such a treaty would have to …": one spoken of, not one signed
                continue;
            }
            FactKind trigger = trigger(t, i).orElseThrow();
            if (nameStart > 0 && t.lowerToken(nameStart - 1).equals("see")) {
                // "See Malaysia-Singapore Points of Agreement of 1990": a pointer to the event's article, which
                // says nothing of it
                continue;
            }
            // a dispute is a state, not an event: a date near it dates something done about it ("an effort to
            // bring the border dispute to an end in early 1996")
            // a treaty's date is its signing's: beside its name ("the Elysée Treaty from 1963"), or in a clause
            // that signs it; "In 1977, New Delhi considered the peace treaty …" dates the view
            int nameEnd = Math.max(i, t.tokenAt(t.start(nameStart) + name.length() - 1));
            if ((trigger == ConflictKind.ATTACK || trigger == ConflictKind.RAID) && onAPeople(s, nameEnd)) {
                // "the 2007 Mügeln mob attack on Indians": an attack on people, not a conflict between states
                continue;
            }
            if (trigger.type() == FactType.TREATY && (yetToBeMade(t, s.clauseOf(i), i)
                    || ended(t, s.clauseOf(i), nameStart, i))) {
                continue;
            }
            if (trigger.type() == FactType.TREATY && s.dates().isEmpty()
                    && s.clauses().stream().allMatch(c -> c.verb() < 0)) {
                // "Australia–Korea Free Trade Agreement": a title on its own says no one signed it
                continue;
            }
            // "modified their existing tax treaty, initially signed in 1993": a later act's clause dates the treaty
            // only where it says when it was signed
            boolean signed = trigger.type() != FactType.TREATY || signs(t, s.clauseOf(i))
                    && (!verbIn(t, s.clauseOf(i), LATER_ACTS) || s.clauseHasAfter(i, MAKING));
            Optional<FactDate> date = trigger == ConflictKind.DISPUTE ? Optional.empty()
                    : signed ? s.dateNear(i, Math.max(0, nameStart - DATE_BEFORE), i + 1 + DATE_AFTER)
                    : s.dateWithin(i, Math.max(0, nameStart - BESIDE_THE_NAME), nameEnd + 1 + BESIDE_THE_NAME);
            for (List<Entity> pair : parties(s, i, trigger, name)) {
                Entity subject = pair.get(0);
                Entity counterpart = pair.get(1);
                facts.putIfAbsent(trigger.label() + subject.id() + counterpart.id() + name, s.fact(trigger, subject,
                        counterpart, Optional.of(name), date, capitalise(name) + ", in the relations of "
                                + subject.name() + " and " + counterpart.name() + Dates.suffix(date)));
            }
        }
        return List.copyOf(facts.values());
    }

    /**
     * Who the war, dispute or treaty is between, from the sentence's structure: "between X and Y"; a name that
     * holds both ("the Eritrean-Ethiopian War"); "X and Y signed / fought / have …"; "X fought … against Y",
     * "X declared war on Y", "X's dispute with Y", "the Soviet invasion of Afghanistan"; for a treaty several
     * signatories, the article's country with each other one. A war merely mentioned ("the First World War",
     * "during the Gulf War") has no parties the sentence states: no fact.
     */
    private static List<List<Entity>> parties(SentenceContext s, int i, FactKind kind, String name) {
        AnalyzedSentence t = s.tokens();
        Clause clause = s.clauseOf(i);
        int nameStart = nameStart(t, i, name);
        if (CIVIL.matcher(name).find()) {
            // "the Angolan Civil War": one country's own war, no pair's
            return List.of();
        }
        // "the Cenepa War between Ecuador and Peru", "the war fought between …": the parties, wherever the name
        // stands, when "between" follows it ("Since the Second World War, relations between …" is another phrase)
        int after = Math.max(i, t.tokenAt(t.start(nameStart) + name.length() - 1)) + 1;
        while (after < clause.end() && after - i < 6 && (Set.of("VERB", "AUX", "ADV").contains(t.tag(after))
                || QUOTES.contains(t.token(after)))) {
            after++;
        }
        // "the Treaty of Peace and Friendship of 1984 between Chile and Argentina": the year the name carries
        if (after + 2 < clause.end() && Set.of("of", "in").contains(t.lowerToken(after))
                && t.token(after + 1).matches("\\d{4}")) {
            after += 2;
        }
        if (after < clause.end() && t.lowerToken(after).equals("between")) {
            Optional<List<Entity>> between = EventParties.between(s, new Clause(after,
                    Math.min(clause.end(), after + 9), after, after, -1, false, false, false), Optional.empty());
            if (between.isPresent()) {
                return List.of(between.get());
            }
            if (namesOtherParties(s, after, clause)) {
                // "the Treaty of Commerce and Navigation between Mexico and Hamburg": the parties are stated, and
                // one is no state the gazetteer knows, so the section's pair is not the treaty's
                return List.of();
            }
        }
        if (timeOnly(t, nameStart) || insidePhrase(t, nameStart, clause) || locatedOnly(s, i, kind, name)) {
            return List.of();
        }
        List<Entity> inName = s.countriesBetween(nameStart, i + 1, true).stream().map(Mention::entity)
                .distinct().toList();
        if (inName.size() == 2 && (name.contains("–") || name.contains("-"))) {
            return List.of(EventParties.fromArticleSide(s, inName.get(0), inName.get(1)));
        }
        // the name's own words ("the Korean War") are not its subject
        List<Entity> subject = clause.relative() || infinitive(t, nameStart, clause) ? List.of()
                : s.subjectCountries(clause).stream().filter(e -> !inName.contains(e)).toList();
        boolean inSubject = i >= clause.subjectStart() && i < clause.subjectEnd();
        if (kind == ConflictKind.INVASION) {
            // "the Soviet invasion of Afghanistan": who invaded is in the name, whom after "of"; else unsaid
            return inName.size() == 1 ? objectAfter(s, clause, i).filter(o -> !o.equals(inName.get(0)))
                    .map(o -> List.of(List.of(inName.get(0), o))).orElse(List.of()) : List.of();
        }
        if (kind.type() == FactType.TREATY && (!subject.isEmpty() && !signs(t, clause) || withABody(s, i)
                || s.subjectIsACompany(clause))) {
            // "… along with Venezuela, played an important role in the peace accords": who took part in a treaty
            // is who signed or has it; "an agreement to join NAFTA" is about the body, not the pair; what two
            // chambers of commerce signed binds no state
            return List.of();
        }
        // "Chile and Peru participated in a common conflict against Spain, the Chincha Islands War"
        int from = clause.verb() >= 0 && clause.verb() < i ? clause.verb() : i;
        Optional<Entity> target = objectAfter(s, clause, from);
        if (!inSubject && target.isPresent() && subject.size() <= 2 && !subject.isEmpty()
                && !subject.contains(target.get())) {
            // "Albania and Italy had declared war on Greece": each subject against the object
            return subject.stream().map(e -> List.of(e, target.get())).toList();
        }
        if (subject.size() == 2 && !inSubject) {
            return List.of(EventParties.fromArticleSide(s, subject.get(0), subject.get(1)));
        }
        if (subject.size() > 2 && kind.type() == FactType.TREATY && subject.contains(s.articleCountry()) && !inSubject) {
            return subject.stream().filter(e -> !e.equals(s.articleCountry()))
                    .map(e -> List.of(s.articleCountry(), e)).toList();
        }
        if (s.subjectIsThePair(clause) && s.sectionCountry().isPresent() && !GLOBAL_WAR.matcher(name).find()) {
            // "Post World War II relations between the two countries …": a war of the whole world is no pair's
            return List.of(List.of(s.articleCountry(), s.sectionCountry().get()));
        }
        // the other side named in the event's own clause: "a free trade agreement with Chile came into force";
        // not in another clause ("North Koreans were behind the attack, Myanmar cut off relations")
        int clauseFrom = t.start(clause.start());
        int clauseTo = t.end(clause.end() - 1);
        boolean sectionNamed = s.countriesNamed().stream().anyMatch(m -> m.start() >= clauseFrom && m.end() <= clauseTo
                && m.entity().equals(s.sectionCountry().orElse(null)));
        boolean properName = !name.equalsIgnoreCase(t.token(i)) && Character.isUpperCase(name.charAt(0))
                && name.contains(" ");
        boolean pairActs = s.clauses().stream().anyMatch(s::subjectIsThePair);
        // "as World War II progressed, the United States began to believe …" under Saudi Arabia's heading on the
        // US: a war of the whole world is no pair's for being named in the pair's paragraph
        boolean pairsOwn = !GLOBAL_WAR.matcher(name).find();
        // "sanctions helped to bring a ceasefire agreement": an event the clause only aims at is no pair's act
        // ("the first country in South America to sign a trade agreement" says it was signed)
        boolean aimedAt = infinitive(t, nameStart, clause) && !s.clauseHas(i, ORDINALS);
        if (subject.isEmpty() && s.sectionCountry().isPresent() && (sectionNamed || properName || pairActs) && pairsOwn
                && !s.subjectIsACompany(clause) && !aimedAt
                && s.countriesNamed().stream()
                .allMatch(m -> m.entity().equals(s.articleCountry()) || m.entity().equals(s.sectionCountry().get()))) {
            // under a country's heading, a sentence naming no third state speaks of the pair, when it names the
            // other side, the event by its own name ("the Treaty of Tartu"), or the pair acting ("The two countries
            // signed a peace treaty, which put the border dispute before the court"): "the court issued a ruling
            // on the border with Honduras"; not "the treaty guaranteed …", "the refugee crisis placed a strain …"
            return List.of(List.of(s.articleCountry(), s.sectionCountry().get()));
        }
        Optional<Entity> actor = inName.size() == 1 && kind == ConflictKind.INVASION ? Optional.of(inName.get(0))
                : subject.size() == 1 ? Optional.of(subject.get(0)) : Optional.empty();
        if (actor.isEmpty()) {
            return List.of();
        }
        Optional<Entity> other = objectAfter(s, clause, kind == ConflictKind.INVASION ? i : clause.verb() >= 0
                ? Math.min(i, clause.verb()) : i);
        return other.filter(o -> !o.equals(actor.get()))
                .map(o -> List.of(List.of(actor.get(), o))).orElse(List.of());
    }

    /** A name's closing quote, which may stand between it and "between". */
    private static final Set<String> QUOTES = Set.of("\"", "”", "'", "’", "''");

    /** How many words after "between" its two parties are looked for. */
    private static final int BETWEEN_REACH = 8;

    /** After "between", a proper name that is no country the gazetteer knows: a city, a company, a people. */
    private static boolean namesOtherParties(SentenceContext s, int between, Clause clause) {
        AnalyzedSentence t = s.tokens();
        for (int j = between + 1; j < Math.min(clause.end(), between + 1 + BETWEEN_REACH); j++) {
            int from = t.start(j);
            int to = t.end(j);
            if (t.tag(j).equals("PROPN") && s.countriesNamed().stream()
                    .noneMatch(m -> m.start() <= from && m.end() >= to)) {
                return true;
            }
            if (!t.tag(j).equals("PROPN") && !Set.of("and", "the", ",").contains(t.lowerToken(j))) {
                return false;
            }
        }
        return false;
    }

    /** Words that make an infinitive say what was done: "the first country to sign". */
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "last", "only");

    /** The wars of the whole world: "World War II", "the First World War", "the Cold War". */
    private static final java.util.regex.Pattern GLOBAL_WAR = java.util.regex.Pattern.compile(
            "(?i)\\b(world\\s+war|cold\\s+war)\\b");

    /**
     * "The conflict in the border region of Darfur", "the guerrilla war in the Western Sahara": an event known only
     * by where it is fought names no parties, whichever countries the sentence goes on to name.
     */
    private static boolean locatedOnly(SentenceContext s, int i, FactKind kind, String name) {
        AnalyzedSentence t = s.tokens();
        int in = i + 1;
        if (kind.type() != FactType.CONFLICT || !Character.isLowerCase(name.charAt(0)) || in + 1 >= t.size()
                || !t.lowerToken(in).equals("in")) {
            return false;
        }
        // "the war in 1995", "the clash in early 1981": when, not where
        int afterIn = t.end(in);
        return s.dates().stream().noneMatch(d -> d.start() > afterIn && d.start() - afterIn <= "early ".length() + 1);
    }

    /**
     * The verb the name is the object of is an infinitive ("joined forces to end the conflict between …"): the
     * clause's subject wants something done about the war; it is not one of its parties.
     */
    private static boolean infinitive(AnalyzedSentence t, int nameStart, Clause clause) {
        for (int j = nameStart - 1; j > clause.start(); j--) {
            if (t.tag(j).equals("VERB") || t.tag(j).equals("AUX")) {
                return t.lowerToken(j - 1).equals("to");
            }
        }
        return false;
    }

    /**
     * The name stands inside a phrase of a preposition ("support over the Kashmir conflict with Pakistan",
     * "approach to the dispute"), not as what the clause's verb is about: the parties around it are not the war's.
     * "In dispute with" is the idiom, not a phrase.
     */
    private static boolean insidePhrase(AnalyzedSentence t, int nameStart, Clause clause) {
        int j = nameStart - 1;
        boolean determiner = false;
        while (j >= clause.start() && (t.tag(j).equals("DET") || t.tag(j).equals("NUM") || t.tag(j).equals("PRON")
                || t.tag(j).equals("ADJ") || t.lowerToken(j).equals("and") && j > clause.start())) {
            if (t.lowerToken(j).equals("and")) {
                // "in the Korean War and the first Gulf War": back over the first of the two names
                j--;
                while (j >= clause.start() && (t.tag(j).equals("PROPN") || t.tag(j).equals("NOUN")
                        || t.tag(j).equals("ADJ") || t.tag(j).equals("NUM"))) {
                    j--;
                }
                continue;
            }
            determiner = true;
            j--;
        }
        boolean verbComplement = j > clause.start() && (t.tag(j - 1).equals("VERB") || t.tag(j - 1).equals("AUX"));
        return j >= clause.start() && t.tag(j).equals("ADP") && !verbComplement
                && !(t.lowerToken(j).equals("in") && !determiner);
    }

    /**
     * The country after the first "with", "against", "on" or "of" following token {@code from} in the clause,
     * before any comma or other verb: "fought the Winter War and the Continuation War against the Soviet Union".
     */
    private static Optional<Entity> objectAfter(SentenceContext s, Clause clause, int from) {
        AnalyzedSentence t = s.tokens();
        for (int j = from + 1; j + 1 < clause.end(); j++) {
            if (t.token(j).equals(",") || j > clause.verb() && clause.verb() >= 0 && j != from + 1
                    && (t.tag(j).equals("VERB") || t.tag(j).equals("AUX"))) {
                return Optional.empty();
            }
            if (OBJECT_PREPOSITIONS.contains(t.lowerToken(j))) {
                int at = t.lowerToken(j + 1).equals("the") && j + 2 < clause.end() ? j + 2 : j + 1;
                // "loan agreements with the French Development Agency": the agency, not the state
                Optional<Entity> country = s.mentionStartingAt(t.start(at)).filter(m -> !s.speaksForABody(m))
                        .map(Mention::entity).filter(Entity::isCountry);
                if (country.isPresent() || !t.lowerToken(j).equals("of")) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "During the Cold War", "after World War II", "in both World War I and World War II": a war named only to
     * say when something else happened. The word before the name (past articles and numbers) is a time preposition.
     */
    private static boolean timeOnly(AnalyzedSentence t, int nameStart) {
        int j = nameStart - 1;
        while (j >= 0 && (t.tag(j).equals("DET") || t.tag(j).equals("NUM") || t.lowerToken(j).equals("both")
                || POSSESSIVES.contains(t.lowerToken(j)))) {
            j--;
        }
        return j >= 0 && TIME_PREPOSITIONS.contains(t.lowerToken(j));
    }

    /** "following its war of independence": a possessive stands where an article would. */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");

    private static boolean isNoun(AnalyzedSentence t, int i) {
        String tag = t.tag(i);
        return tag.equals("NOUN") || tag.equals("PROPN");
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
            boolean joined = t.token(j - Math.min(j, 1)).equals("-") && j >= 2 && t.end(j - 2) == t.start(j - 1)
                    && t.end(j - 1) == t.start(j);
            // "The Netherlands – Mexico Tax Treaty": a spaced dash between two names joins them too
            boolean spaced = j >= 2 && t.token(j - 1).equals("\u2013") && Character.isUpperCase(t.token(j - 2).charAt(0))
                    && Character.isUpperCase(t.token(j).charAt(0));
            if (joined || spaced) {
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
        // "Treaty of Saadabad", "Treaty of Peace and Friendship": a capitalised name goes on after "of"
        int end = i;
        if (capitalised && i + 2 < t.size() && t.lowerToken(i + 1).equals("of")
                && Character.isUpperCase(t.token(i + 2).charAt(0))) {
            end = i + 2;
            while (end + 1 < t.size() && (Character.isUpperCase(t.token(end + 1).charAt(0))
                    || LINKING_WORDS.contains(t.token(end + 1)) && end + 2 < t.size()
                    && Character.isUpperCase(t.token(end + 2).charAt(0)))) {
                end++;
                // "Co-operation": a word hyphenated without spaces goes on
                while (end + 2 < t.size() && t.token(end + 1).equals("-") && t.end(end) == t.start(end + 1)
                        && t.end(end + 1) == t.start(end + 2)) {
                    end += 2;
                }
            }
        }
        // "World War II", "Geneva Convention III": an ordinal numeral ends the name
        if (end + 1 < t.size() && t.token(end + 1).matches("[IVX]+")) {
            end++;
        }
        // a table's row number or date is no part of the name ("January 2003 2 Japan Agreement")
        for (int k = i - 1; k >= start; k--) {
            if (t.tag(k).equals("NUM") && !t.token(k + 1).equals("-")) {
                start = k + 1;
                break;
            }
        }
        // a name does not start in the middle of another ("Zealand Agreement" out of "New Zealand Agreement")
        int first = t.start(start);
        int from = capitalisedRunStart(t, first);
        return t.text().substring(from, t.end(end));
    }

    /** The start of the capitalised run a name's first word belongs to. */
    private static int capitalisedRunStart(AnalyzedSentence t, int first) {
        int k = first;
        while (k > 1 && t.text().charAt(k - 1) == ' ' && Character.isUpperCase(t.text().charAt(first))) {
            int wordStart = t.text().lastIndexOf(' ', k - 2) + 1;
            if (!Character.isUpperCase(t.text().charAt(wordStart)) || t.text().substring(wordStart, k - 1)
                    .matches("(?i)the|a|an|in|on|of|and")) {
                break;
            }
            int word = t.tokenAt(wordStart);
            if (word >= 0 && !Set.of("PROPN", "NOUN", "ADJ", "NUM").contains(t.tag(word))) {
                // "During World War II": a sentence's first word is capitalised whatever it is
                break;
            }
            k = wordStart;
        }
        return k;
    }
}
