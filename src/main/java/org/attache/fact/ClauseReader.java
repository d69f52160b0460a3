package org.attache.fact;

import org.attache.nlp.AnalyzedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a tagged sentence into clauses, so that a fact's parties, date and negation are read from the clause its
 * trigger stands in: "In 1937, shortly before the outbreak of World War II, Afghanistan, Iran, Iraq and Turkey
 * signed the Treaty of Saadabad" has one clause whose subject is the four signatories; "Chile has an embassy in
 * Ankara and Turkey has an embassy in Santiago" has two, each with its own subject.
 *
 * <p>Written by hand: OpenNLP has no dependency parser, its constituency parser takes 17–116 ms a sentence, and the
 * stock chunker wants Penn tags that the UD tagger gives only through a lossy mapping ("embassy" came out an
 * adjective phrase). Clause breaks, subjects and verbs from UD tags are what the extractors need.
 */
final class ClauseReader {
    /** Punctuation that always ends a clause. */
    private static final Set<String> BREAKS = Set.of(";", ":", "—", "–");
    /** Words that open a relative clause: its subject is named before it. */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where");
    /** Conjunctions that, after a clause with a verb, open another clause. */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas", "yet");
    /**
     * Words that open a subordinate clause when a verb follows them before the next comma ("after Russia invaded
     * Georgia", not "after the war"). A list, not the tag: the tagger calls "in 2013" a subordinate clause too.
     */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "since", "although",
            "though", "if", "unless", "until", "whereas", "once", "that", "when", "while", "whether");
    /** The forms of "be", for the extractors too. */
    static final Set<String> FORMS_OF_BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am");

    private ClauseReader() {
    }

    /** Which tokens are verbs: tagged so, and not part of a known name. */
    private record Verbs(AnalyzedSentence t, java.util.function.IntPredicate named) {
        boolean at(int i) {
            String tag = t.tag(i);
            return (tag.equals("VERB") || tag.equals("AUX")) && !named.test(i);
        }
    }

    /**
     * @param named true for a token inside a name the gazetteer knows: never a verb, whatever the tagger says
     *              (it tags "Belize" at the start of a sentence as one)
     */
    static List<Clause> clauses(AnalyzedSentence t, java.util.function.IntPredicate named) {
        Verbs verbs = new Verbs(t, named);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        boolean verbSeen = false;
        boolean subordinate = false;
        for (int i = 0; i < t.size(); i++) {
            String lower = t.lowerToken(i);
            boolean opens = false;
            boolean breaks = BREAKS.contains(lower)
                    // "belongs to the following organizations: the Arab League, …": a list after a colon is the
                    // clause's own
                    && !(lower.equals(":") && !verbBeforeBreak(t, verbs, i + 1))
                    // "After Russia invaded Georgia in 2008, Nicaragua …": the comma closes the subordinate clause
                    || subordinate && verbSeen && lower.equals(",");
            if (breaks && i + 1 < t.size()) {
                starts.add(i + 1);
                verbSeen = false;
                subordinate = false;
                continue;
            }
            boolean opensSubordinate = false;
            if (i > starts.get(starts.size() - 1) || i == 0) {
                if (RELATIVES.contains(lower) && i > 0
                        && (t.tag(i).equals("PRON") || t.tag(i).equals("ADV") || t.tag(i).equals("DET"))) {
                    opens = verbBeforeComma(t, verbs, i + 1);
                } else if (SUBORDINATORS.contains(lower)) {
                    opens = verbBeforeComma(t, verbs, i + 1);
                    opensSubordinate = opens;
                } else if (verbSeen && COORDINATORS.contains(lower) && !t.tag(i).equals("ADV")
                        && !closesBetween(t, verbs, i) && verbFollows(t, verbs, i + 1)) {
                    opens = true;
                }
            }
            if (opens) {
                if (i > 0) {
                    starts.add(i);
                }
                verbSeen = false;
                subordinate = opensSubordinate;
            }
            // a verb opening the clause ("See Belarus–United States relations", a hatnote) has no subject before
            // it: the "and" of "relations between the United States and Belarus began" opens no clause
            if (verbs.at(i) && i > starts.get(starts.size() - 1)) {
                verbSeen = true;
            }
        }
        List<Clause> clauses = new ArrayList<>();
        for (int n = 0; n < starts.size(); n++) {
            int start = starts.get(n);
            int end = n + 1 < starts.size() ? starts.get(n + 1) : t.size();
            if (start < end) {
                clauses.add(clause(t, verbs, start, end, clauses.isEmpty() ? null : clauses.get(clauses.size() - 1)));
            }
        }
        return clauses;
    }

    /**
     * A verb before the next clause break, and before the list a colon may open has gone past two commas (a verb
     * the tagger finds deep in a list of names is no clause's).
     */
    private static boolean verbBeforeBreak(AnalyzedSentence t, Verbs verbs, int from) {
        int commas = 0;
        for (int j = from; j < t.size() && !BREAKS.contains(t.lowerToken(j)) && commas < 2; j++) {
            if (verbs.at(j)) {
                return true;
            }
            if (t.token(j).equals(",")) {
                commas++;
            }
        }
        return false;
    }

    /** "the conflict between Chile and Bolivia, Chile declared …": the "and" of "between X and Y" joins names. */
    private static boolean closesBetween(AnalyzedSentence t, Verbs verbs, int and) {
        for (int j = and - 1; j >= Math.max(0, and - 5); j--) {
            if (t.lowerToken(j).equals("between")) {
                return true;
            }
            if (verbs.at(j) || t.tag(j).equals("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    /** A verb before the next comma or clause break: "after Russia invaded", not "before the outbreak of". */
    private static boolean verbBeforeComma(AnalyzedSentence t, Verbs verbs, int from) {
        for (int j = from; j < t.size(); j++) {
            if (verbs.at(j)) {
                return true;
            }
            if (t.token(j).equals(",") || BREAKS.contains(t.token(j))) {
                return false;
            }
        }
        return false;
    }

    /** A verb before the next comma, conjunction or clause break: "and opened", "and Turkey has". */
    private static boolean verbFollows(AnalyzedSentence t, Verbs verbs, int from) {
        for (int j = from; j < Math.min(t.size(), from + 6); j++) {
            if (verbs.at(j)) {
                return true;
            }
            String tag = t.tag(j);
            if (t.token(j).equals(",")) {
                // "but as of 2014, trade … was low": an adverbial, then the clause's own subject and verb; but
                // "and a consulate in Aleppo, and Syria has …" is a noun phrase, then the next clause
                return j + 1 < t.size() && !t.tag(j + 1).equals("CCONJ") && verbBeforeComma(t, verbs, j + 1);
            }
            if (tag.equals("PUNCT") || tag.equals("CCONJ")) {
                return false;
            }
        }
        return false;
    }

    private static Clause clause(AnalyzedSentence t, Verbs verbs, int start, int end, Clause before) {
        int first = start;
        String opener = t.lowerToken(start);
        boolean relative = RELATIVES.contains(opener);
        if (COORDINATORS.contains(opener) || SUBORDINATORS.contains(opener) || relative
                || t.tag(start).equals("PUNCT")) {
            first++;
        }
        int verb = -1;
        for (int i = first; i < end; i++) {
            if (verbs.at(i)) {
                verb = i;
                break;
            }
        }
        // an opening adverbial ("In 1937, shortly before the outbreak of World War II,") is not the subject
        int subjectStart = first;
        while (verb > subjectStart && !startsNounPhrase(t, subjectStart)) {
            int comma = -1;
            for (int i = subjectStart; i < verb; i++) {
                if (t.token(i).equals(",")) {
                    comma = i;
                    break;
                }
            }
            if (comma < 0) {
                break;
            }
            subjectStart = comma + 1;
        }
        int subjectEnd = verb < 0 ? subjectStart : verb;
        if (relative) {
            subjectEnd = subjectStart;
        } else if (verb >= first && before != null && !before.relative()
                && java.util.stream.IntStream.range(first, verb).allMatch(k -> t.tag(k).equals("ADV"))) {
            // "… and opened embassies", "… and instead chose membership": the verb shares the clause before's
            // subject
            return new Clause(start, end, before.subjectStart(), before.subjectEnd(), verb, passive(t, verb, end), false,
                    false);
        }
        boolean subordinate = SUBORDINATORS.contains(opener);
        return new Clause(start, end, subjectStart, subjectEnd, verb, verb >= 0 && passive(t, verb, end), relative,
                subordinate);
    }

    /** Words that with "to" make a preposition: "due to", "owing to", "thanks to", "according to", "prior to". */
    private static final java.util.Set<String> PREPOSITION_HEADS = java.util.Set.of("due", "owing", "thanks",
            "according", "prior", "contrary", "next");

    /** A form of "be" followed, within two words, by a participle: "were established", "is also accredited". */
    private static boolean passive(AnalyzedSentence t, int verb, int end) {
        if (!FORMS_OF_BE.contains(t.lowerToken(verb))) {
            return false;
        }
        for (int j = verb + 1; j < Math.min(end, verb + 3); j++) {
            if (t.tag(j).equals("VERB") && t.lowerToken(j).matches(".*(ed|en|wn|un|ught)$")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsNounPhrase(AnalyzedSentence t, int i) {
        if (i + 1 < t.size() && PREPOSITION_HEADS.contains(t.lowerToken(i)) && t.lowerToken(i + 1).equals("to")) {
            // "Due to solidarity with …, Sudan declared": an adverbial, however the tagger reads its first word
            return false;
        }
        String tag = t.tag(i);
        return tag.equals("DET") || tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("PRON")
                || tag.equals("ADJ") && !t.token(i + 1 < t.size() ? i + 1 : i).equals(",");
    }

}
