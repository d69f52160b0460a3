package org.attache.answer;

import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;
import org.attache.understand.Query;
import org.attache.understand.QuestionForm;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a sentence found by its words can stand as the answer to a question: a "when" question's sentence holds
 * a year, a "how many" question's a number, and a question about relations, missions, memberships or wars a word
 * of that subject ("Kazakhstan and Germany have established partnerships" is no answer to when they established
 * relations). A sentence that only shares the question's words is not passed off as its answer.
 */
final class SentenceFit {
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)s?\\b");
    /** A year that dates something, not one that bounds a period ("since 1989", "until 1991"). */
    private static final Pattern POINT_IN_TIME = Pattern.compile(
            "(?<!\\b(?:since|until|till|throughout|by) )(?<!\\b(?:since|until|till|throughout|by) the )"
                    + "\\b(1[5-9]\\d\\d|20\\d\\d)s?\\b", Pattern.CASE_INSENSITIVE);

    private SentenceFit() {
    }

    static boolean fits(QuestionForm form, Query query, String sentence, Gazetteer gazetteer) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (form == QuestionForm.WHEN && !(SINCE_WHEN.matcher(query.text()).lookingAt() ? YEAR : POINT_IN_TIME)
                .matcher(sentence).find()) {
            // "Hungary since 1989 has improved its relations by signing basic treaties": no year says when; but
            // "since 1963" is what "Since when …?" asks
            return false;
        }
        if (!holdsTheYearsAsked(query, sentence)) {
            return false;
        }
        if (form == QuestionForm.WHEN && JOINING.matcher(query.text()).find()
                && (ON_THE_WAY.matcher(lower).find()
                || !JOINED.matcher(lower).find() && !SINCE_WHEN.matcher(query.text()).lookingAt())) {
            // "When did Kazakhstan join the WTO?" is not answered by when it applied, nor "When did Ireland join the
            // EU?" by a poll on EU membership in 2006: the sentence tells a joining
            return false;
        }
        if (namesOnlyAnotherBody(query, sentence, gazetteer)) {
            return false;
        }
        if (form == QuestionForm.HOW_MANY && !COUNT.matcher(YEAR.matcher(sentence).replaceAll(" ")).find()
                && !NUMBER_WORD.matcher(lower).find()) {
            return false;
        }
        List<Mention> named = gazetteer.find(sentence);
        long countries = named.stream().filter(m -> m.entity().isCountry()).map(m -> m.entity().id()).distinct()
                .count();
        if (countries > MAX_COUNTRIES_OF_A_PAIR_SENTENCE && form != QuestionForm.WHICH) {
            // a list of forty countries names the pair asked about, and says nothing of it
            return false;
        }
        // "how many Kenyans …": the sentence counts Kenyans ("U.S. companies" counts Americans), not the Irish in
        // Kenya; "how many French troops …" counts troops, which a sentence may give France by name
        java.util.Optional<String> noun = form == QuestionForm.HOW_MANY ? countedAfterAdjective(query.text())
                : java.util.Optional.empty();
        if (form == QuestionForm.HOW_MANY && query.demonymCountry().isPresent() && named.stream()
                .noneMatch(m -> (noun.isPresent() || m.form() != MentionForm.NAME)
                        && m.entity().equals(query.demonymCountry().get()))) {
            return false;
        }
        // "What war did Chile and Brazil fight?" is not answered by "… the Cenepa War between Ecuador and Peru; … the
        // Guarantors of the Rio Protocol (Argentina, Brazil, Chile, and the United States)": a sentence naming both
        // sides of a conflict asked about names them as sides
        boolean fighting = FIGHTING.matcher(query.text()).find();
        if (fighting && query.countries().size() == 2
                && !asSides(sentence, named, query.countries().get(0), query.countries().get(1))) {
            return false;
        }
        // "how many turks live in romania" is not answered by "17,304 Romanians living in Ireland": what is counted,
        // when no name the gazetteer knows says it, is a word of the sentence
        java.util.regex.Matcher counted = COUNTED.matcher(query.text());
        java.util.Optional<String> countedWord = noun.isPresent() ? noun
                : counted.lookingAt() && query.demonymCountry().isEmpty()
                ? java.util.Optional.of(counted.group(1).toLowerCase(Locale.ROOT)) : java.util.Optional.empty();
        if (form == QuestionForm.HOW_MANY && countedWord.isPresent() && !GENERIC_COUNTED.contains(countedWord.get())
                && countedWords(countedWord.get()).stream().noneMatch(lower::contains)) {
            return false;
        }
        // a question asking for a date, a number or a verdict is answered only by a sentence on what it asks
        // about (relations, missions, memberships, wars, treaties, as its own words say); an open one by a
        // sentence on the thing it opens with ("What treaty …"), and otherwise on any sentence holding its words
        String asked = query.text().toLowerCase(Locale.ROOT);
        if (form == QuestionForm.OPEN || form == QuestionForm.WHICH || form == QuestionForm.WHERE) {
            String[] words = asked.split("\\s+");
            asked = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        }
        String question = asked;
        return SUBJECTS.entrySet().stream().filter(e -> question.contains(e.getKey()))
                .allMatch(e -> e.getValue().stream().anyMatch(lower::contains));
    }

    /**
     * True unless the sentence names both countries and never as the two sides of something: joined by a dash,
     * "against", "with", "between … and", or "and" before a word of fighting ("the Peru–Ecuador war", "Bolivia …
     * war with Paraguay", "Chile and Peru fought"; not "Chile and Brazil have acted as mediators").
     */
    private static boolean asSides(String sentence, List<Mention> named, Entity first, Entity second) {
        List<Mention> a = named.stream().filter(m -> m.entity().equals(first)).toList();
        List<Mention> b = named.stream().filter(m -> m.entity().equals(second)).toList();
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (Mention x : a) {
            for (Mention y : b) {
                Mention left = x.start() < y.start() ? x : y;
                Mention right = left == x ? y : x;
                String gap = sentence.substring(Math.min(left.end(), right.start()), right.start());
                boolean between = sentence.substring(0, left.start()).matches("(?is).*\\bbetween\\s+(the\\s+)?$")
                        && AND_THEN_FIGHT.matcher(gap).matches();
                boolean andFought = AND_THEN_FIGHT.matcher(gap).matches()
                        && FIGHT_AFTER.matcher(sentence.substring(right.end())).find();
                if (SIDES.matcher(gap).matches() || between || andFought) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What joins two sides: a dash, "against", "with", "versus", a few words of a clause between at most. */
    private static final Pattern SIDES = Pattern.compile(
            "(?i)(\\s*([-–—/]|against|with|versus|vs\\.?)\\s*(the\\s+)?"
                    + "|\\s+(\\p{L}+\\s+){0,3}(against|with)\\s+(the\\s+)?)");
    /** A question on two countries fighting each other: "What war did X and Y fight?", "Were X and Y at war?". */
    private static final Pattern FIGHTING = Pattern.compile("(?i)\\b(fight|fought|fighting|battled?|at war|go to war|"
            + "went to war|clash(ed)?)\\b");
    /** "Chile and Peru fought …", "Peru and Ecuador went to war": a pair joined by "and" as sides. */
    private static final Pattern AND_THEN_FIGHT = Pattern.compile(
            "(?i)\\s+and\\s+(the\\s+)?$");
    private static final Pattern FIGHT_AFTER = Pattern.compile(
            "(?i)^\\W*(\\S+\\s+){0,3}(fought|fight|fighting|went to war|were at war|clashed|war\\b)");

    /**
     * "How many French troops …": the noun an adjective of nationality stands before (a plural, or a word that
     * counts people), not "How many Kenyans live …".
     */
    private static java.util.Optional<String> countedAfterAdjective(String question) {
        java.util.regex.Matcher m = COUNTED_NOUN.matcher(question);
        if (!m.lookingAt()) {
            return java.util.Optional.empty();
        }
        String noun = m.group(2);
        boolean plural = noun.endsWith("s") && !NOT_NOUNS.contains(noun);
        return plural || GENERIC_COUNTED.contains(noun) || SOLDIERS.contains(noun) ? java.util.Optional.of(noun)
                : java.util.Optional.empty();
    }

    private static final Pattern COUNTED_NOUN = Pattern.compile("(?i)\\s*how\\s+many\\s+(\\p{L}+)\\s+(\\p{Ll}+)");
    /** Words ending in s after "how many Kenyans" that are verbs, not a plural noun. */
    private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("is", "was", "has", "does", "lives",
            "works");
    /** "Since when has Kenya been a member …?" asks for the year a state began, which "since 1963" gives. */
    private static final Pattern SINCE_WHEN = Pattern.compile("(?i)\\s*since\\s+when\\b");
    /**
     * A count in words: "more than a million refugees", "hundreds of soldiers"; not "two" or "three", which "the two
     * countries" writes of any pair.
     */
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(hundreds?|thousands?|millions?|billions?|"
            + "dozens?)\\b");

    /** "How many turks …": the word counted. */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\s*how\\s+many\\s+(\\p{L}+)");
    /** Counted words that say only "people": any sentence's count of people may answer them. */
    private static final java.util.Set<String> GENERIC_COUNTED = java.util.Set.of("people", "persons", "citizens",
            "nationals", "residents", "immigrants", "migrants", "expatriates", "refugees", "of", "ethnic");

    /** The word counted as the sentence may write it: a soldier is also one of the "troops" or "men" sent. */
    private static List<String> countedWords(String word) {
        String stem = stem(word);
        return SOLDIERS.contains(stem) ? List.copyOf(SOLDIERS) : List.of(stem);
    }

    private static final java.util.Set<String> SOLDIERS = java.util.Set.of("soldier", "troop", "men", "personnel",
            "peacekeeper");

    /** A word without a plural or possessive ending, to be found inside the sentence's own forms of it. */
    private static String stem(String word) {
        return word.replaceAll("(['’]s|ies|es|s)$", "");
    }

    /** "What did the ICJ rule in 1992?": a year the question names is in its answer's sentence. */
    static boolean holdsTheYearsAsked(Query query, String sentence) {
        java.util.regex.Matcher years = YEAR.matcher(query.text());
        java.util.List<String> held = null;
        while (years.find()) {
            if (held == null) {
                held = YEAR.matcher(sentence).results().map(r -> r.group(1)).toList();
            }
            // "in the 1970s" is held by any year of the decade
            String asked = years.group().endsWith("s") ? years.group(1).substring(0, 3) : years.group(1);
            if (held.stream().noneMatch(year -> year.startsWith(asked))) {
                return false;
            }
        }
        return true;
    }

    /** More countries than a sentence about two of them names: a list. */
    private static final int MAX_COUNTRIES_OF_A_PAIR_SENTENCE = 6;
    /** A count: digits that are not a year, nor glued to a word ("protection.78", a reference left in the text). */
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\d]|\\p{L}\\.)\\d");

    /**
     * True when the sentence affirms what a yes/no question asks: it holds every word of the question, names the
     * question's first party before any other, and neither denies nor hedges ("Morocco was the first nation to
     * recognize the fledgling United States"; not "Turkey is a member of NATO while Georgia is a candidate").
     */
    static boolean affirms(Query query, double coverage, long matched, String firstNamed, String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        // with no name the dataset knows ("did Ahmadinejad attend Correa's inauguration?"), the sentence must hold
        // every word, and three at least
        boolean parties = query.entities().isEmpty() ? matched >= MIN_UNNAMED_WORDS
                : firstNamed.equals(query.entities().get(0).name());
        return coverage >= 1.0 && parties && !denies(query.words(), sentence) && !HEDGED.matcher(lower).find()
                && !NEGATION.matcher(lower).find();
    }

    /**
     * The party a sentence puts first: the first name after an opening adverbial, unless the words before it name a
     * body that is not the state ("the Chamber of Commerce and Industry of the Russian Federation … signed").
     */
    static java.util.Optional<org.attache.gazetteer.Entity> actingParty(String sentence,
                                                                         org.attache.gazetteer.Gazetteer gazetteer) {
        int subject = subjectStart(sentence);
        return gazetteer.find(sentence).stream().filter(m -> m.start() >= subject).findFirst()
                .filter(m -> java.util.Arrays.stream(sentence.substring(subject, m.start()).split("[^\\p{L}]+"))
                        .noneMatch(org.attache.fact.NonStateBodies::isOne))
                .map(org.attache.gazetteer.Mention::entity);
    }

    /**
     * Where the sentence's subject may start: after an opening adverbial ("During the 2017 Qatar diplomatic crisis,
     * Jordan downgraded …", "In 1993, Tunisia was …"), whose names are not the one acting.
     */
    static int subjectStart(String sentence) {
        java.util.regex.Matcher opening = OPENING_ADVERBIAL.matcher(sentence);
        return opening.lookingAt() ? opening.end() : 0;
    }

    /** A prepositional phrase of at most twelve words, then a comma, at the start of a sentence. */
    private static final Pattern OPENING_ADVERBIAL = Pattern.compile("(?i)(in|on|during|after|following|since|at|"
            + "by|with|under|despite|before|as of|amid|throughout)(?:\\s+[^\\s,;]+){1,12},\\s*");

    /** The words a sentence must share with a yes/no question naming nothing known, to affirm it. */
    private static final int MIN_UNNAMED_WORDS = 3;

    /** A stem a question may ask about, and the stems one of which a sentence on it holds. */
    private static final java.util.Map<String, List<String>> SUBJECTS = java.util.Map.of(
            "relation", List.of("relation", "ties"),
            "ties", List.of("relation", "ties"),
            "embass", List.of("embass", "accredit", "represent"),
            "consul", List.of("consul"),
            "member", List.of("member", "join", "particip"),
            "recogni", List.of("recogni"),
            "war", List.of("war"),
            "treat", List.of("treat", "agreement", "accord"),
            "dispute", List.of("disput"));

    /** A question on joining a body. */
    private static final Pattern JOINING = Pattern.compile("(?i)\\b(join(s|ed|ing)?|members?(hip)?|acced(e|es|ed|ing)|accession|admitted)\\b");

    /** A sentence telling a joining. */
    private static final Pattern JOINED = Pattern.compile("\\b(join(s|ed|ing)?|accession|acced(e|ed|es)|admitted|"
            + "became (a |an )?(full |founding )?member|become (a |an )?(full )?member|entered)\\b");

    /**
     * "Finland … joined the NATO Response Force in 2008" names NATO only inside another body's name: a sentence
     * that names an organisation asked about only so says nothing of it.
     */
    private static boolean namesOnlyAnotherBody(Query query, String sentence, Gazetteer gazetteer) {
        List<Mention> named = gazetteer.find(sentence);
        return query.entities().stream().filter(e -> e.kind() == org.attache.gazetteer.EntityKind.ORGANISATION)
                .anyMatch(body -> {
                    List<Mention> of = named.stream().filter(m -> m.entity().equals(body)).toList();
                    return !of.isEmpty() && of.stream().allMatch(m -> ANOTHER_NAME.matcher(sentence)
                            .region(m.end(), sentence.length()).lookingAt());
                });
    }

    /** A capitalised word right after a name, continuing it: "NATO Response Force", "UN Security Council". */
    private static final Pattern ANOTHER_NAME = Pattern.compile("\\s+(?!And\\b|The\\b)\\p{Lu}\\p{L}+");

    /** A membership on its way, not made: applied for, a candidate, in talks. */
    private static final Pattern ON_THE_WAY = Pattern.compile("\\b(appl(y|ied|ies|ication)|candida\\w*|bid|seek\\w*|"
            + "sought|aspir\\w*|plan\\w*|would|expected|negotiat\\w*|talks|observer)\\b");

    /** A negation, or a verb that undoes what it governs ("closed its embassy", "severed ties"). */
    private static final Pattern NEGATION = Pattern.compile("\\b(not|never|no longer|no|without|closed|shut|"
            + "withdrew|withdrawn|severed|broke|suspended|expelled|left)\\b|n['’]t\\b");
    /**
     * Words that make a statement a plan, a wish, a vote, a half-way status or a past one ("was a member of the UN
     * Security Council in 1988–89") rather than a fact that stands.
     */
    private static final Pattern HEDGED = Pattern.compile("\\b(candidate|observer|partnership|propos\\w*|plan\\w*|"
            + "would|could|might|expected|consider\\w*|talks|bid|appl\\w*|aspir\\w*|vot\\w*|hope\\w*|"
            + "seek\\w*|sought|attempt\\w*|used to|formerly|previously|until|(was|were) (an? )?member)\\b");

    /**
     * True when the sentence denies what a yes/no question asks: a negation with one of the question's words
     * within the three words after it ("Cambodia doesn't have an embassy in Pakistan", "has not yet established
     * diplomatic relations", "Germany and Taiwan don't maintain official diplomatic relations"); not "not only",
     * nor a negation that a later "until" or "before" lifts ("did not establish relations until 1975").
     */
    static boolean denies(List<String> questionWords, String sentence) {
        return denial(questionWords, sentence).isPresent();
    }

    /**
     * Where the sentence's denial of the question stands (see {@link #denies}); an undoing verb denies the
     * question's word just before it as well ("the embassy was closed in 2002").
     */
    static java.util.OptionalInt denial(List<String> questionWords, String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher negation = NEGATION.matcher(lower);
        while (negation.find()) {
            String rest = lower.substring(negation.end()).trim();
            if (rest.startsWith("only") || LIFTED.matcher(rest).find()) {
                continue;
            }
            String[] after = rest.split("[^\\p{L}]+");
            List<String> near = new java.util.ArrayList<>(List.of(after).subList(0, Math.min(4, after.length)));
            String[] before = lower.substring(0, negation.start()).trim().split("[^\\p{L}]+");
            if (Denial.UNDOING.matcher(negation.group()).matches()) {
                near.addAll(List.of(before).subList(Math.max(0, before.length - 3), before.length));
            } else if (before.length > 0 && BE.contains(before[before.length - 1])
                    && PARTICIPLE.matcher(rest).lookingAt()) {
                // "formal diplomatic relations were not established": the words before the verb are denied
                int be = before.length - 1;
                near.addAll(List.of(before).subList(Math.max(0, be - 3), Math.max(0, be)));
            }
            for (String word : near) {
                if (word.length() >= 4 && questionWords.stream().anyMatch(q -> q.length() >= 4
                        && word.startsWith(q.substring(0, Math.min(5, q.length()))))) {
                    return java.util.OptionalInt.of(negation.start());
                }
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** A negated passive: "were not established", "has not been opened", "was never formally recognized". */
    private static final java.util.Set<String> BE = java.util.Set.of("is", "are", "was", "were", "been");
    private static final Pattern PARTICIPLE = Pattern.compile("((yet|been|formally|officially)\\s+)*\\w+ed\\b");

    /** "not … until 1975", "never … before 1990": within the next few words, a time the negation ends at. */
    private static final Pattern LIFTED = Pattern.compile("^(\\S+\\s+){0,8}?(until|till|before)\\b");

    /**
     * The stems a sentence on what the question asks about holds ("member" asks of "member", "join",
     * "particip"): the subjects named in the question, with their sentence stems.
     */
    static List<String> subjectStems(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return SUBJECTS.entrySet().stream().filter(e -> lower.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).distinct().toList();
    }

}
