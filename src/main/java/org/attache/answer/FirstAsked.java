package org.attache.answer;

import org.attache.fact.Fact;
import org.attache.understand.Query;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Which country was the first to recognise Belarus?": the facts whose own sentence says that one was the first
 * ("Turkey was the first country to recognize Belarus"), not "one of the first" nor a bare "Poland recognised
 * Belarus", which would read as the answer to who came first.
 */
final class FirstAsked {
    /**
     * A question asking who or which was first or last: "the first", "first to", "which country first …"; not "how
     * long did the war last".
     */
    private static final Pattern ASKED = Pattern.compile(
            "(?i)\\bthe\\s+(first|last)\\b|\\b(first|last)\\s+to\\b|^\\s*(?:which|who)\\b.*\\b(first)\\b");
    /** "was the first", "became the first Pacific Island country": one of a rank of one. */
    private static final String RANKED = "(?i)\\b(was|were|is|became|becoming|being|as) the %s\\b";
    /** "one of the first", "among the first": of several. */
    private static final String OF_SEVERAL = "(?i)\\b(one of|among) the %s\\b";

    /** The patterns of one ordinal, compiled once: they run on every candidate sentence. */
    private record Rank(Pattern the, Pattern ranked, Pattern ofSeveral) {
        static Rank of(String ordinal) {
            return new Rank(Pattern.compile("(?i)\\bthe " + ordinal + "\\b"),
                    Pattern.compile(String.format(RANKED, ordinal)), Pattern.compile(String.format(OF_SEVERAL, ordinal)));
        }
    }

    /** The ordinals {@link #ordinal} gives. */
    private static final java.util.Map<String, Rank> RANKS = java.util.Map.of("first", Rank.of("first"),
            "last", Rank.of("last"));

    private FirstAsked() {
    }

    /** The ordinal asked ("first" or "last"), when the question asks for one. */
    static Optional<String> ordinal(Query query) {
        java.util.regex.Matcher asked = ASKED.matcher(query.text());
        if (!asked.find()) {
            return Optional.empty();
        }
        String word = asked.group(1) != null ? asked.group(1) : asked.group(2) != null ? asked.group(2) : asked.group(3);
        return Optional.of(word.toLowerCase(Locale.ROOT));
    }

    /** True when a sentence ranks one first (or last): "made Hungary the first Eastern Bloc country to …". */
    static boolean ranks(String sentence, String ordinal) {
        Rank rank = RANKS.get(ordinal);
        return rank.the().matcher(sentence).find() && !rank.ofSeveral().matcher(sentence).find();
    }

    /** The facts whose sentence ranks their subject first (or last), as the question asks. */
    static List<Fact> ranked(List<Fact> facts, String ordinal) {
        Rank rank = RANKS.get(ordinal);
        return facts.stream().filter(f -> rank.ranked().matcher(f.provenance().sentence()).find()
                && !rank.ofSeveral().matcher(f.provenance().sentence()).find()).toList();
    }
}
