package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;
import org.attache.nlp.AnalyzedSentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures: diaspora and community sizes ("300,000 Salvadorans who had emigrated to Honduras"), trade values
 * ("about US$15 million"), credit lines ("an $80 million line of credit"), troop rotations ("10 rotations of
 * troops") and visitors. A number counts only when the words around it say which of these it is; years, dates,
 * ordinals and measures such as "100-hour" are not figures.
 */
final class FigureExtractor implements FactExtractor {
    /** Words that qualify an amount and stay with it ("about US$15 million", "roughly 3,000"). */
    private static final String QUALIFIERS = "about|approximately|an estimated|estimated|more than|over|nearly|some"
            + "|around|at least|exceeds|exceeding|less than|fewer than|up to|almost|under|roughly|circa|close to"
            + "|just over|just under|well over";

    /** One number, with its currency and scale: "US$15 million", "300,000", "US$60 thousand million". */
    private static final String NUMBER = "(?:[A-Z]{1,3}\\$|\\$|€|£)?\\d[\\d,.]*"
            + "(?:\\s(?:million|billion|thousand)(?:\\s(?:million|billion))?)?";
    /**
     * An amount, a range kept whole: "about US$15 million", "between 70,000 and 100,000", "300 to 400",
     * "70,000–100,000".
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:(?:" + QUALIFIERS + ")\\s+)?"
                    + "(?:between\\s+" + NUMBER + "\\s+and\\s+" + NUMBER + "|" + NUMBER
                    + "(?:\\s?(?:[-–]|to)\\s?" + NUMBER + ")?)",
            Pattern.CASE_INSENSITIVE);
    /** Words without which no figure kind can be told (see kind()). */
    private static final Pattern KIND_CUES = Pattern.compile(
            "credit|loan|trade|troop|soldier|visit|liv|resid|emigrat|immigrat|settl|communit|diaspora");
    /** Prepositions that introduce the other state of a trade value, credit line or troop figure. */
    private static final java.util.Set<String> OTHER_PARTY = java.util.Set.of("with", "to", "in", "for");
    private static final Pattern CITIZENS = Pattern.compile("\\s+(citizens|nationals|residents|expatriates)\\b");
    private static final Pattern PEOPLE_VERBS = Pattern.compile("\\b(liv|resid|emigrat|immigrat|settl)\\w*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public boolean mayApply(String lowerCaseText) {
        return lowerCaseText.chars().anyMatch(Character::isDigit) && KIND_CUES.matcher(lowerCaseText).find();
    }

    /** The first token of each amount that counts as a figure. */
    @Override
    public List<Integer> triggers(SentenceContext s) {
        List<Integer> tokens = new ArrayList<>();
        Matcher m = AMOUNT.matcher(s.text());
        while (m.find()) {
            int token = s.tokens().tokenAt(m.start());
            if (token >= 0 && isFigure(s, m)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    @Override
    public List<Fact> extract(SentenceContext s) {
        String text = s.text();
        Map<String, Fact> facts = new LinkedHashMap<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            int first = s.tokens().tokenAt(m.start());
            if (!isFigure(s, m) || first < 0) {
                continue;
            }
            if (s.text().substring(0, m.start()).matches("(?s).*\\d\\s+(and|or|to)\\s+$")) {
                // the second half of a range written loosely ("around 20 and 60 thousand"): not a figure of its own
                continue;
            }
            String amount = m.group().trim().replaceAll("[,.]+$", "");
            boolean money = amount.matches("(?i).*(\\$|€|£).*");
            if (money && !amount.matches("(?i).*(million|billion|thousand|\\d{4}|\\d,\\d{3}).*")) {
                // "$1.78": a money figure without its scale is a garbled one
                continue;
            }
            String window = window(text, m.start(), m.end()).toLowerCase(Locale.ROOT);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 50));
            if (PERCENT.matcher(after).lookingAt()) {
                // "76% of Finns have visited Estonia": a share, not a count
                continue;
            }
            // a credit is named right after its amount ("$228 million in lines of credit"), never further away
            Optional<FigureKind> kind = kind(after.toLowerCase(Locale.ROOT), money, after)
                    .or(() -> kind(window, money, after).filter(k -> k != FigureKind.CREDIT_LINE));
            if (kind.isEmpty() || kind.get() == FigureKind.TRADE && namesAnotherFlow(text, m.start())) {
                continue;
            }
            int last = Math.max(first, s.tokens().tokenAt(m.end() - 1));
            Optional<Mention> counted = kind.get().countsPeople() ? counted(s, m, first, last) : Optional.empty();
            Optional<List<Entity>> parties = kind.get().countsPeople()
                    ? counted.flatMap(people -> residence(s, people, first))
                    : between(s, kind.get(), first, last);
            if (parties.isEmpty() || parties.get().get(0).equals(parties.get().get(1))) {
                continue;
            }
            Entity subject = parties.get().get(0);
            Entity counterpart = parties.get().get(1);
            // "it is estimated that 100,000 British-born people live in Spain": the estimate is said with it
            String said = !QUALIFIED.matcher(amount).lookingAt() && ESTIMATED.matcher(
                    text.substring(Math.max(0, m.start() - ESTIMATE_REACH), m.start())).find()
                    ? "an estimated " + amount : amount;
            String statement;
            if (kind.get().countsPeople()) {
                Mention people = counted.orElseThrow();
                String called = people.form() == MentionForm.DEMONYM ? people.text(text) : subject.name() + " citizens";
                statement = called + (kind.get() == FigureKind.DIASPORA ? " in " : " visiting ") + counterpart.name()
                        + ": " + said;
            } else {
                String what = kind.get() == FigureKind.TROOPS
                        ? " " + text.substring(m.end()).trim().split("[.,;]")[0].replaceAll("\\s+(to|in)\\s.*$", "").trim()
                        : "";
                statement = subject.name() + " and " + counterpart.name() + ", " + kind.get().label() + ": " + said
                        + what;
            }
            facts.putIfAbsent(kind.get() + amount + subject.id() + counterpart.id(), s.fact(kind.get(), subject,
                    counterpart, Optional.of(amount), s.dateNear(first), statement));
        }
        return List.copyOf(facts.values());
    }

    private static final Pattern QUALIFIED = Pattern.compile("(?i)(" + QUALIFIERS + ")\\b");
    private static final Pattern ESTIMATED = Pattern.compile("(?i)\\bestimat");
    /** How far before a number an "estimated" still speaks of it. */
    private static final int ESTIMATE_REACH = 40;

    /** A capitalised word right after a demonym: the name of the people it qualifies. */
    private static final java.util.regex.Pattern QUALIFIED_PEOPLE = java.util.regex.Pattern.compile(
            " (?!(?i:origins?|descent|ancestry|nationals|citizens|people|community|diaspora|expatriates|immigrants"
                    + "|workers|students)\\b)\\p{Lu}\\p{Ll}");

    /**
     * Who a count of people counts: a demonym just after the number ("300,000 Salvadorans", "150,000 people of
     * Indian origin", "500 ethnic Turks") or after "the number of" before it, not in other brackets.
     */
    private static Optional<Mention> counted(SentenceContext s, Matcher m, int first, int last) {
        AnalyzedSentence t = s.tokens();
        Clause clause = s.clauseOf(first);
        return s.mentions().stream()
                .filter(x -> x.entity().isCountry() && (x.form() == MentionForm.DEMONYM
                        || CITIZENS.matcher(s.text().substring(x.end())).lookingAt()))
                .filter(x -> {
                    int token = t.tokenAt(x.start());
                    boolean justAfter = token > last && token <= last + 5 && clause.contains(token);
                    boolean numberOf = token < first && token >= clause.start()
                            && s.text().substring(0, x.start()).toLowerCase(Locale.ROOT).matches("(?s).*number of (the )?$");
                    // "Greek Cypriots", "people of Indian Tamil origin": a demonym qualifying another people's
                    // name, known or not, does not say whose they are
                    boolean qualifies = s.mentions().stream().anyMatch(y -> y != x
                            && y.start() > x.end() && s.text().substring(x.end(), y.start()).isBlank())
                            || QUALIFIED_PEOPLE.matcher(s.text().substring(x.end())).lookingAt();
                    return (justAfter || numberOf) && !qualifies && !s.text().substring(Math.min(m.end(), x.start()),
                            Math.max(m.end(), x.start())).contains("(");
                })
                .findFirst();
    }

    /**
     * Where the counted people live: the first other country named after them in their clause, or in the relative
     * clause that follows them ("300,000 Salvadorans who had emigrated to Honduras").
     */
    private static Optional<List<Entity>> residence(SentenceContext s, Mention people, int first) {
        AnalyzedSentence t = s.tokens();
        Clause clause = s.clauseOf(first);
        int end = clause.end();
        int afterPeople = t.tokenAt(people.end() - 1) + 1;
        if (end == afterPeople && end < t.size() && s.clauseOf(end).relative()) {
            end = s.clauseOf(end).end();
        }
        int clauseEnd = end < t.size() ? t.start(end) : s.text().length();
        Entity who = people.entity();
        // "immigrated from Canada to Mexico": where they came from is not where they live
        return s.countriesNamed().stream()
                .filter(x -> x.start() > people.end() && x.start() < clauseEnd && !x.entity().equals(who))
                .filter(x -> !s.text().substring(0, x.start()).matches("(?s).*\\bfrom (the )?$"))
                .findFirst().map(x -> List.of(who, x.entity()));
    }

    /**
     * The two states a trade value, credit line or troop figure is between: "trade between X and Y"; otherwise the
     * clause's one subject country (the article's own for "the government") and the country after "with", "to",
     * "in" or "for" in the clause; or, for bilateral trade under a country's section, the article's and that one.
     */
    private static Optional<List<Entity>> between(SentenceContext s, FigureKind kind, int first, int last) {
        AnalyzedSentence t = s.tokens();
        Clause clause = s.clauseOf(first);
        Optional<List<Entity>> between = EventParties.between(s, clause, Optional.empty());
        if (between.isPresent()) {
            return between;
        }
        Optional<Entity> actor = EventParties.single(s.subjectCountries(clause))
                .or(() -> EventParties.ownGovernment(s, clause));
        Optional<Entity> other = Optional.empty();
        for (int j = clause.start(); j + 1 < clause.end(); j++) {
            if (j >= first && j <= last || !OTHER_PARTY.contains(t.lowerToken(j))) {
                continue;
            }
            int at = t.lowerToken(j + 1).equals("the") && j + 2 < clause.end() ? j + 2 : j + 1;
            other = s.mentionStartingAt(t.start(at)).filter(x -> x.entity().isCountry()
                    && x.form() != MentionForm.DEMONYM).map(Mention::entity);
            if (other.isPresent()) {
                break;
            }
        }
        if (actor.isPresent() && other.isPresent()) {
            return Optional.of(List.of(actor.get(), other.get()));
        }
        if (kind == FigureKind.TRADE && s.text().toLowerCase(Locale.ROOT).contains("bilateral trade")) {
            return s.sectionCountry().map(c -> List.of(s.articleCountry(), c));
        }
        return Optional.empty();
    }

    /** Not a date, year, ordinal or compound measure, and with a digit that is not part of a name. */
    private static boolean isFigure(SentenceContext s, Matcher m) {
        String text = s.text();
        int digit = firstDigit(m.group()) + m.start();
        boolean inDate = s.dates().stream().anyMatch(d -> digit >= d.start() && digit < d.end());
        boolean compound = m.end() < text.length() && (text.charAt(m.end()) == '-' || Character.isLetter(text.charAt(m.end())));
        String bare = m.group().replaceAll("(?i)^(" + QUALIFIERS + ")\\s+", "");
        boolean year = bare.matches("(1[5-9]\\d\\d|20\\d\\d)");
        return !inDate && !compound && !year;
    }

    private static Optional<FigureKind> kind(String window, boolean money, String after) {
        if (money && (window.contains("credit") || window.contains("loan"))) {
            return Optional.of(FigureKind.CREDIT_LINE);
        }
        if (money && window.contains("trade")) {
            return Optional.of(FigureKind.TRADE);
        }
        if (after.matches("(?s)\\s+(rotations? of )?(troops|soldiers)\\b.*")) {
            return Optional.of(FigureKind.TROOPS);
        }
        if (window.contains("visiting") || window.contains("visitors") || window.contains("tourist")
                || window.contains("visited")) {
            return Optional.of(FigureKind.VISITORS);
        }
        if (ARRIVALS.matcher(window).find()) {
            // "2,320 Mauritian residents disembarked in Malaysia in 2010": who came in a year, not who lives there
            return Optional.empty();
        }
        if (PEOPLE_VERBS.matcher(window).find() || window.contains("community") || window.contains("diaspora")) {
            return Optional.of(FigureKind.DIASPORA);
        }
        return Optional.empty();
    }

    /**
     * "imports: $140 thousand", "direct Chinese investment in Ethiopia had reached US$900 million and bilateral trade
     * …": the words just before the amount name one flow or another sum, not the trade between the two.
     */
    private static boolean namesAnotherFlow(String text, int amount) {
        String before = text.substring(Math.max(0, amount - FLOW_REACH), amount).toLowerCase(Locale.ROOT);
        Matcher label = FLOW.matcher(before);
        String nearest = null;
        while (label.find()) {
            nearest = label.group(1);
        }
        if (nearest != null && !nearest.equals("trade")) {
            return true;
        }
        // "the net oil trade between the two": the trade in one good is not all the trade between them
        return TRADE_IN_ONE_GOOD.matcher(before).find();
    }

    private static final Pattern TRADE_IN_ONE_GOOD = Pattern.compile(
            "\\b(oil|gas|arms|weapons?|energy|petroleum|defen[cs]e|military|food|coal|drugs?)\\s+trade\\b");

    private static final Pattern PERCENT = Pattern.compile("(?i)\\s?(%|per\\s?cent\\b)");

    private static final Pattern ARRIVALS = Pattern.compile("\\b(disembark\\w*|arriv\\w*|travell?ed|entered)\\b");

    /** The words that name what an amount is, the nearest before it saying which. */
    private static final Pattern FLOW = Pattern.compile(
            "\\b(trade|import|export|invest|aid\\b|assistance|surplus|deficit|balance)");
    /** How far before an amount the words naming it stand. */
    private static final int FLOW_REACH = 40;

    /** The words near a figure: from the start of its clause to a few words after. */
    private static String window(String text, int start, int end) {
        int from = Math.max(0, start - 80);
        int to = Math.min(text.length(), end + 60);
        return text.substring(from, to);
    }




    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }
}
