package org.attache.fact;

import org.attache.article.Article;
import org.attache.article.Flag;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;
import org.attache.nlp.AnalyzedSentence;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One sentence as the extractors see it: its tokens, the entities and dates it names, and where it stands (the
 * article's country, the country its section is about). Builds facts with their provenance.
 */
final class SentenceContext {
    private final Article article;
    private final Section section;
    private final Sentence sentence;
    private final AnalyzedSentence tokens;
    private final List<Mention> mentions;
    private final List<DateMention> dates;
    private final Entity articleCountry;
    private final Optional<Entity> sectionCountry;
    /** The pair's other country as the paragraph named it, where the section names none (see ParagraphCountry). */
    private final Optional<Entity> pairOfTheParagraph;
    private final Gazetteer gazetteer;
    private List<Integer> triggers = List.of();
    private List<Clause> clauses;

    SentenceContext(Article article, Section section, Sentence sentence, AnalyzedSentence tokens,
                    List<Mention> mentions, Entity articleCountry, Optional<Entity> sectionCountry,
                    Optional<Entity> paragraphCountry, Gazetteer gazetteer) {
        this.article = article;
        this.section = section;
        this.sentence = sentence;
        this.tokens = tokens;
        this.mentions = List.copyOf(mentions);
        this.articleCountry = articleCountry;
        this.gazetteer = gazetteer;
        this.dates = DateFinder.find(sentence.text(), Integer.parseInt(article.snapshot().substring(0, 4)));
        this.pairOfTheParagraph = sectionCountry.filter(c -> !c.equals(articleCountry)).isEmpty()
                ? paragraphCountry.filter(c -> !c.equals(articleCountry) && speaksOfThePair(c)) : Optional.empty();
        this.sectionCountry = sectionCountry.or(() -> pairOfTheParagraph);
    }

    /** "both states", "the two countries": the sentence speaks of a pair without naming it. */
    private static final java.util.regex.Pattern THE_PAIR = java.util.regex.Pattern.compile(
            "(?i)\\b(both|the two|these two)\\s+(countries|nations|states|sides|governments)\\b");

    /**
     * True when the sentence speaks of "the two countries" and names no country but the article's own and the one
     * its paragraph named before: then the paragraph says who the pair is.
     */
    private boolean speaksOfThePair(Entity paragraphCountry) {
        return THE_PAIR.matcher(sentence.text()).find() && mentions.stream().map(Mention::entity)
                .filter(Entity::isCountry).allMatch(e -> e.equals(articleCountry) || e.equals(paragraphCountry));
    }

    AnalyzedSentence tokens() {
        return tokens;
    }

    String text() {
        return sentence.text();
    }

    Entity articleCountry() {
        return articleCountry;
    }

    Optional<Entity> sectionCountry() {
        return sectionCountry.filter(c -> !c.equals(articleCountry));
    }

    Optional<Entity> country(EntityId id) {
        return gazetteer.byId(id).filter(Entity::isCountry);
    }

    List<Mention> mentions() {
        return mentions;
    }

    /**
     * Countries named in the sentence by name or abbreviation (demonyms say who, not where), or by a demonym before
     * a word for the state itself ("the Vietnamese state", "the Chinese government").
     */
    List<Mention> countriesNamed() {
        return mentions.stream().filter(m -> m.entity().isCountry()
                && (m.form() != MentionForm.DEMONYM || namesTheState(m))).toList();
    }

    private boolean namesTheState(Mention demonym) {
        java.util.regex.Matcher next = NEXT_WORD.matcher(text()).region(demonym.end(), text().length());
        return next.lookingAt() && STATE_WORDS.contains(next.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("\\s+(\\p{L}+)");
    private static final Set<String> STATE_WORDS = Set.of("state", "government", "republic", "authorities");

    /** The mention covering the character offset, if any. */
    Optional<Mention> mentionAt(int offset) {
        return mentions.stream().filter(m -> m.start() <= offset && offset < m.end()).findFirst();
    }

    /** The mention starting at this character offset, if any. */
    Optional<Mention> mentionStartingAt(int offset) {
        return mentions.stream().filter(m -> m.start() == offset).findFirst();
    }

    /** True when token i is part of a named entity ("Andean Pact", "Rio Protocol" stay names, not triggers). */
    boolean insideMention(int token) {
        return mentionAt(tokens.start(token)).isPresent();
    }

    /** The sentence's clauses, read when first asked for. */
    List<Clause> clauses() {
        if (clauses == null) {
            clauses = ClauseReader.clauses(tokens, this::insideMention);
        }
        return clauses;
    }

    /** The clause a token stands in. */
    Clause clauseOf(int token) {
        return clauses().stream().filter(c -> c.contains(token)).findFirst().orElseThrow();
    }

    /** Countries named in a token range: by name or abbreviation, or by a demonym ("the Chilean government"). */
    List<Mention> countriesBetween(int fromToken, int toToken, boolean withDemonyms) {
        if (fromToken >= toToken) {
            return List.of();
        }
        int from = tokens.start(fromToken);
        int to = tokens.end(toToken - 1);
        return mentions.stream().filter(m -> m.entity().isCountry() && m.start() >= from && m.end() <= to)
                .filter(m -> withDemonyms || m.form() != MentionForm.DEMONYM).toList();
    }

    /**
     * The countries the clause's subject names ("Chile", "Afghanistan, Iran, Iraq and Turkey", "the Chilean
     * government", "the government of Chile"), leaving out those inside a phrase of another preposition
     * ("relations with Nauru are maintained").
     */
    List<Entity> subjectCountries(Clause clause) {
        List<Mention> named = countriesBetween(clause.subjectStart(), clause.subjectEnd(), true).stream()
                .filter(m -> !afterPreposition(m) && !speaksForABody(m) && !people(m)).toList();
        // "Chile, Peru and Bolivia are …", "Bolivian President Evo Morales and Paraguayan President …": the first
        // country and those joined to it; one after other words only is no subject ("Romania considers Kosovo …"
        // where the tagger missed the verb)
        List<Entity> subject = new java.util.ArrayList<>();
        Mention last = null;
        for (Mention m : named) {
            if (last == null || COORDINATION.matcher(text().substring(last.end(), Math.max(last.end(), m.start())))
                    .find()) {
                if (!subject.contains(m.entity())) {
                    subject.add(m.entity());
                }
                last = m;
            }
        }
        return List.copyOf(subject);
    }

    /** "Tajik Aluminium Company and Azerbaijani company Azeraluminium signed …": firms act, not states. */
    boolean subjectIsACompany(Clause clause) {
        for (int i = clause.subjectStart(); i < clause.subjectEnd(); i++) {
            if (NonStateBodies.isOne(tokens.lowerToken(i))) {
                return true;
            }
        }
        return false;
    }

    /** A demonym on a company ("Tajik Aluminium Company", "Azerbaijani company …"): the company acts, not the state. */
    boolean speaksForABody(Mention mention) {
        if (mention.form() != org.attache.gazetteer.MentionForm.DEMONYM) {
            return false;
        }
        int next = tokens.tokenFrom(mention.end());
        for (int j = next; j >= 0 && j < Math.min(tokens.size(), next + 3); j++) {
            if (NonStateBodies.isOne(tokens.lowerToken(j))) {
                return true;
            }
        }
        return false;
    }

    /** What joins coordinated names: "Chile, Peru and Bolivia", "Mexican–American", "Ecuador's and Peru's". */
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            "(?i)^\\s*$|[,&/\u2013-]|\\b(and|as well as|along with|together with)\\b");

    /**
     * A demonym in the plural names people, not their state: "Filipinos in Turkey …" is no act of the Philippines.
     * The plural is the demonym the gazetteer knows with an "s" added.
     */
    private boolean people(Mention mention) {
        String text = mention.text(text());
        if (mention.form() != MentionForm.DEMONYM || !text.endsWith("s")) {
            return false;
        }
        String singular = text.substring(0, text.length() - 1);
        return gazetteer.find(singular).stream().anyMatch(m -> m.start() == 0 && m.end() == singular.length()
                && m.form() == MentionForm.DEMONYM && m.entity().equals(mention.entity()));
    }

    /** After a preposition other than "of", or listed after one: "disputes with Guyana and French Guiana". */
    private boolean afterPreposition(Mention mention) {
        int token = tokens.tokenAt(mention.start());
        int before = token - 1;
        if (before >= 0 && tokens.lowerToken(before).equals("the")) {
            before--;
        }
        if (before >= 0 && (tokens.lowerToken(before).equals("and") || tokens.token(before).equals(","))) {
            int end = before > 0 ? tokens.end(before - 1) : -1;
            Clause clause = clauseOf(token);
            return mentions.stream().filter(m -> m.end() == end && clause.contains(tokens.tokenAt(m.start())))
                    .findFirst().map(this::afterPreposition).orElse(false);
        }
        return before >= 0 && tokens.tag(before).equals("ADP") && !tokens.lowerToken(before).equals("of");
    }

    /** "Both countries", "the two nations": a subject that is the pair the section is about. */
    boolean subjectIsThePair(Clause clause) {
        for (int i = clause.subjectStart(); i + 1 < clause.subjectEnd(); i++) {
            String word = tokens.lowerToken(i);
            String next = tokens.lowerToken(i + 1);
            if ((word.equals("both") || word.equals("two")) && PAIR_NOUNS.contains(next)) {
                return true;
            }
        }
        return false;
    }

    /** "Formal relations started on 1980-01-02": the relations themselves are the subject, no country acts. */
    boolean subjectNamesRelations(Clause clause) {
        for (int i = clause.subjectStart(); i < clause.subjectEnd(); i++) {
            String word = tokens.lowerToken(i);
            if (word.equals("relations") || word.equals("ties") || word.equals("relationship")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PAIR_NOUNS = Set.of("countries", "nations", "states", "sides", "governments");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");

    /** A negation in the clause before the token, or right after it ("has no embassy", "did not recognise"). */
    boolean negated(int token) {
        Clause clause = clauseOf(token);
        for (int i = clause.start(); i < Math.min(clause.end(), token + 2); i++) {
            String word = tokens.lowerToken(i);
            if (i != token && (NEGATIONS.contains(word) || word.endsWith("n't") || word.endsWith("n’t"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a token of the clause before this one has one of these lemmas, or, for a clause that depends on
     * the one before ("The DPRK proposed that Nigeria become a member"), a token of that one.
     */
    /** A word of these lemmas after the token, in its clause: "a dispute was looming", "… as a potential danger". */
    boolean clauseHasAfter(int token, Set<String> lemmas) {
        Clause clause = clauseOf(token);
        for (int i = token + 1; i < clause.end(); i++) {
            if (tokens.lemmaIn(i, lemmas) || lemmas.contains(tokens.lowerToken(i))) {
                return true;
            }
        }
        return false;
    }

    boolean clauseHas(int token, Set<String> lemmas) {
        Clause clause = clauseOf(token);
        int from = clause.start();
        int index = clauses().indexOf(clause);
        if (clause.subordinate() && index > 0) {
            from = clauses().get(index - 1).start();
        }
        for (int i = from; i < token; i++) {
            if (tokens.lemmaIn(i, lemmas)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of every extractor that introduce a fact: they compete for the sentence's dates. */
    void competingTriggers(List<Integer> triggers) {
        this.triggers = List.copyOf(triggers);
    }

    /**
     * The date that belongs to a trigger: among the dates no other trigger of the sentence stands nearer to, the
     * nearest. "Formal relations started on 1980-01-02 and seven month later China set up its embassy": the date
     * is the start's, not the embassy's.
     */
    Optional<FactDate> dateNear(int trigger) {
        return dateNear(trigger, 0, tokens.size());
    }

    /**
     * As {@link #dateNear(int)}, for a date standing within these tokens only: a war's or treaty's date is written
     * beside its name ("the 1998 peace treaty", "the Cenepa War … in early 1995"), not elsewhere in the clause.
     */
    /** The nearest date standing within these tokens and reaching the trigger, even where one opens the sentence. */
    Optional<FactDate> dateWithin(int trigger, int fromToken, int toToken) {
        return dates.stream().filter(date -> {
            int at = tokens.tokenAt(date.start());
            return at >= fromToken && at < toToken && reaches(date, trigger)
                    && distance(date, trigger) != Integer.MAX_VALUE;
        }).min(java.util.Comparator.comparingInt(date -> distance(date, trigger))).map(DateMention::date);
    }

    Optional<FactDate> dateNear(int trigger, int fromToken, int toToken) {
        DateMention best = null;
        for (DateMention date : dates) {
            int at = tokens.tokenAt(date.start());
            boolean opensSentence = at >= 0 && !clauses().get(0).subordinate() && at < clauses().get(0).subjectStart();
            if (!reaches(date, trigger) || at >= 0 && !opensSentence && (at < fromToken || at >= toToken)) {
                continue;
            }
            int distance = distance(date, trigger);
            // a date opening the sentence ("On August 21, … signed a communique on the establishment of
            // relations") dates all it says; any other goes to the trigger it stands nearest to
            int dateToken = tokens.tokenAt(date.start());
            boolean opening = dateToken >= 0 && !clauses().get(0).subordinate()
                    && dateToken < clauses().get(0).subjectStart();
            boolean claimedByAnother = !opening && triggers.stream()
                    .anyMatch(t -> t != trigger && reaches(date, t) && distance(date, t) < distance);
            if (distance != Integer.MAX_VALUE && !claimedByAnother
                    && (best == null || distance < distance(best, trigger))) {
                best = date;
            }
        }
        return Optional.ofNullable(best).map(DateMention::date);
    }

    /**
     * True when a date can be the trigger's: it stands in the trigger's clause (or opens the sentence), not in
     * other brackets, and names a point in time rather than a period ("throughout the 1980s").
     */
    private boolean reaches(DateMention date, int trigger) {
        int dateToken = tokens.tokenAt(date.start());
        if (dateToken < 0) {
            return true;
        }
        Clause clause = clauseOf(trigger);
        boolean opening = opensTheSentence(dateToken, clause) && !clause.contains(dateToken)
                || dateToken < clauses().get(0).subjectStart();
        return (clause.contains(dateToken) || opensTheSentence(dateToken, clause))
                && !inOtherParentheses(dateToken, trigger) && !spansAPeriod(dateToken)
                && !ofAnotherEvent(trigger, dateToken) && !namesAnotherEvent(date, dateToken, trigger)
                && !(opening && dateToken > 0 && tokens.lowerToken(dateToken - 1).equals("since"))
                && !(opening && relativeToAnother(dateToken))
                && !inARange(date) && !counted(trigger, clause) && !causeBetween(dateToken, trigger);
    }

    /**
     * "strains in the 1970s due to Liberia's establishment of diplomatic relations with the Soviet Union": a date
     * before "due to" or "because of" dates the effect; the cause that follows it is undated.
     */
    private boolean causeBetween(int dateToken, int trigger) {
        for (int j = dateToken + 1; j + 1 < trigger; j++) {
            String word = tokens.lowerToken(j);
            String next = tokens.lowerToken(j + 1);
            if ((word.equals("due") || word.equals("owing")) && next.equals("to")
                    || word.equals("because") && next.equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** How far before its trigger "the 50th anniversary of" or "25 years of" may stand. */
    private static final int COUNTED_REACH = 5;

    /**
     * "In March 2017, Kazakhstan marked 25 years of its membership", "marked 60 years since the establishment of
     * diplomatic relations", "the 35th anniversary of establishing relations": a time counted from the event dates
     * the count, not the event.
     */
    private boolean counted(int trigger, Clause clause) {
        for (int j = Math.max(clause.start(), trigger - COUNTED_REACH); j + 1 < trigger; j++) {
            String word = tokens.lowerToken(j);
            String next = tokens.lowerToken(j + 1);
            if (word.equals("anniversary") && next.equals("of") || (next.equals("of") || next.equals("since"))
                    && (word.equals("years") || word.equals("decades")) && j > 0 && tokens.tag(j - 1).equals("NUM")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_OPENINGS = Set.of("within", "after", "following", "before", "prior");

    /**
     * "Within a year of serious border clashes in 1987, Lao and Thai leaders signed …", "After 1991, …": an
     * opening adverbial that places the event relative to a date dates something else, or bounds it.
     */
    private boolean relativeToAnother(int dateToken) {
        for (int j = 0; j < dateToken; j++) {
            if (RELATIVE_OPENINGS.contains(tokens.lowerToken(j))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PERIOD_WORDS = Set.of("throughout", "until", "till", "through", "by");

    /** "Throughout the 1980s", "until 1991", "by 2010": a period or a limit, not when something happened. */
    private boolean spansAPeriod(int dateToken) {
        // "by the late 2005": up to three words between
        for (int j = dateToken - 1; j >= Math.max(0, dateToken - 3); j--) {
            if (PERIOD_WORDS.contains(tokens.lowerToken(j))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OTHER_EVENT = Set.of("than", "before", "after", "following", "prior",
            "ratified", "ratification");

    /**
     * "ties began much earlier than the founding of the People's Republic in October 1949": a date after "than",
     * "before" or "after" that follows the trigger dates the other event the phrase names; one after "ratified"
     * dates the ratification ("the protocol ratified by Honduras in May 1999").
     */
    private boolean ofAnotherEvent(int trigger, int dateToken) {
        for (int j = trigger + 1; j < dateToken; j++) {
            if (OTHER_EVENT.contains(tokens.lowerToken(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "On 29 August 2008, in the aftermath of the 2008 South Ossetia war, Georgia broke off relations": a year
     * standing as an adjective after "the" names another event, unless it is the trigger's own ("the 1998 peace
     * treaty").
     */
    private boolean namesAnotherEvent(DateMention date, int dateToken, int trigger) {
        if (dateToken < 1 || !sentence.text().substring(date.start(), date.end()).matches("\\d{4}")
                || !ATTRIBUTIVE.contains(tokens.lowerToken(dateToken - 1))) {
            return false;
        }
        int next = dateToken + 1;
        boolean adjective = next < tokens.size() && (tokens.tag(next).equals("NOUN") || tokens.tag(next).equals("PROPN")
                || tokens.tag(next).equals("ADJ"));
        return adjective && (trigger < dateToken || trigger > dateToken + ATTRIBUTIVE_REACH);
    }

    /** Words before a year that make it an adjective of what follows. */
    private static final Set<String> ATTRIBUTIVE = Set.of("the", "a", "an", "its", "their", "his", "her");
    /** How many words after such a year its own noun may stand ("the 1998 Brasília peace treaty"). */
    private static final int ATTRIBUTIVE_REACH = 4;

    /** "in the 1970s and 1980s", "from 1991 to 1995": one end of a span, which dates no single event. */
    private boolean inARange(DateMention date) {
        for (DateMention other : dates) {
            if (other == date) {
                continue;
            }
            String between = other.start() >= date.end() ? sentence.text().substring(date.end(), other.start())
                    : other.end() <= date.start() ? sentence.text().substring(other.end(), date.start()) : "x";
            if (between.matches("\\s*(and|to|-|–|until|till)\\s*")) {
                return true;
            }
        }
        return false;
    }

    /** A date in brackets the trigger is not in: "(including the 1979 Iranian Revolution …)". */
    private boolean inOtherParentheses(int dateToken, int trigger) {
        return bracketOpenedBefore(dateToken) != bracketOpenedBefore(trigger);
    }

    /** The token of the bracket left open before a token, or -1. */
    private int bracketOpenedBefore(int token) {
        int open = -1;
        for (int j = 0; j < token; j++) {
            if (tokens.token(j).equals("(")) {
                open = j;
            } else if (tokens.token(j).equals(")")) {
                open = -1;
            }
        }
        return open;
    }

    /**
     * A date in the sentence's opening adverbial ("In 1937, shortly before …, four states signed") belongs to its
     * first main clause, which the adverbial is part of.
     */
    private boolean opensTheSentence(int dateToken, Clause clause) {
        Clause first = clauses().get(0);
        return !clause.relative() && !first.subordinate() && dateToken < first.subjectStart();
    }

    /** Characters between a date and a token; a date beyond a semicolon is in another clause: out of reach. */
    private int distance(DateMention date, int token) {
        int start = tokens.start(token);
        int end = tokens.end(token);
        int from = Math.min(date.end(), end);
        int to = Math.max(date.start(), start);
        if (from < to && sentence.text().substring(from, to).indexOf(';') >= 0) {
            return Integer.MAX_VALUE;
        }
        // "Since the independence of Kyrgyz Republic on 31 August 1991, India was among the first to establish
        // relations on 18 March 1992": a comma between sets a date further off than any length of words
        int commas = from < to ? (int) sentence.text().substring(from, to).chars().filter(c -> c == ',').count() : 0;
        return commas * COMMA_DISTANCE + (date.start() >= end ? date.start() - end : Math.max(0, start - date.end()));
    }

    /** What a comma between a date and a trigger adds to their distance: more than a sentence is long. */
    private static final int COMMA_DISTANCE = 10_000;

    List<DateMention> dates() {
        return dates;
    }

    /** True when a token in the window before {@code token} is one of these words (lower case). */
    boolean precededBy(int token, int window, Set<String> words) {
        for (int i = Math.max(0, token - window); i < token; i++) {
            if (tokens.lemmaIn(i, words)) {
                return true;
            }
        }
        return false;
    }


    Fact fact(FactKind kind, Entity subject, Entity counterpart, Optional<String> name, Optional<FactDate> date,
              String statement) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(sentence.flags());
        flags.addAll(section.flags());
        flags.addAll(article.flags());
        Provenance provenance = new Provenance(article.title(), article.snapshot(), article.source().file(),
                sentence.line(), section.heading(), article.linkTo(section), sentence.text(), sentence.references(),
                flags, section.pairArticle(), pairOfTheParagraph.map(Entity::id));
        FactId id = FactId.of(kind.type(), List.of(article.title(), article.snapshot(),
                String.valueOf(sentence.line()), sentence.text(), FactKind.code(kind), subject.id().value(),
                counterpart.id().value(), name.orElse("")));
        return new Fact(id, kind, subject.id(), counterpart.id(), name, date, statement, provenance);
    }
}
