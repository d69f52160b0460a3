package org.attache.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a period ends an abbreviation and the sentence goes on: "St. Lucia", "Sen. Ingrid Betancourt", "U.S.
 * President", "the world's No. 5", "Jan. 1". OpenNLP's English sentence model breaks after nearly every one of
 * them in the corpus (measured: 120 breaks after an abbreviation, all but a handful wrong), and its own abbreviation
 * check fails on some inputs, so the decision is made here, from the word before the period and the word after it.
 */
final class Abbreviations {
    /** Titles and name prefixes: a name follows ("St. Vincent", "Gen. Raúl Castro", "approx. 70"). */
    private static final Set<String> BEFORE_NAMES = Set.of("st", "sen", "dr", "gen", "mr", "mrs", "ms", "lt", "col",
            "gov", "prof", "rep", "jr", "mt", "ft", "capt", "adm", "maj", "sgt", "rev", "hon", "amb", "pres", "sec",
            "approx", "vs", "cf", "e.g", "i.e", "etc", "viz");
    /** Abbreviations a number follows: "No. 5", "Jan. 1", "Art. 3". */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "art", "vol", "pp", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Initialisms ("U.S.", "U.N.", "W.J.M.") and a single initial ("George W. Bush"), Roman numerals aside. */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){2,}|(?![IVX]\\.)\\p{Lu}\\.");
    /**
     * Words that open sentences but never continue a name: determiners, pronouns, prepositions, conjunctions and
     * sentence adverbs. After an abbreviation, one of them means a new sentence ("… the U.N. According to …").
     */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "its",
            "he", "she", "they", "we", "i", "his", "her", "their", "our", "in", "on", "at", "by", "for", "from", "with",
            "to", "of", "after", "before", "during", "since", "following", "however", "but", "and", "also", "as",
            "when", "while", "although", "though", "both", "there", "then", "thus", "today", "according", "meanwhile",
            "moreover", "furthermore", "nevertheless", "nonetheless", "despite", "under", "until", "between", "other",
            "some", "many", "most", "several", "each", "all", "no", "not", "if", "yet", "so", "such", "further");

    private Abbreviations() {
    }

    /** True when the period at {@code period} closes an abbreviation and what follows continues the sentence. */
    static boolean carriesOn(CharSequence text, int period) {
        if (period >= text.length() || text.charAt(period) != '.') {
            return false;
        }
        String word = wordEndingAt(text, period + 1);
        String next = wordStartingAfter(text, period + 1);
        if (word.isEmpty() || next.isEmpty()) {
            return false;
        }
        String bare = word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
        boolean opener = OPENERS.contains(next.toLowerCase(Locale.ROOT).replaceAll("\\P{L}+$", ""));
        if (BEFORE_NUMBERS.contains(bare)) {
            return Character.isDigit(next.charAt(0));
        }
        if (BEFORE_NAMES.contains(bare)) {
            return !opener;
        }
        return INITIALS.matcher(word).matches() && !opener;
    }

    /** The word ending at {@code end}, after the last space, hyphen or opening bracket: "pro-U.S." gives "U.S.". */
    private static String wordEndingAt(CharSequence text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && "-–—(\"'“".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.subSequence(start, end).toString();
    }

    /** The next word after white space; empty when the text ends or no space follows the period. */
    private static String wordStartingAfter(CharSequence text, int from) {
        if (from >= text.length() || !Character.isWhitespace(text.charAt(from))) {
            return "";
        }
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.subSequence(start, end).toString();
    }
}
