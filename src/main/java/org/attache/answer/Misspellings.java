package org.attache.answer;

import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the words of a question that the articles never write as the word they write one edit away ("Since
 * when has Japan had an embasy in Baku?", "the Untied Nations"), so that the search, the intent and the unknown-name
 * check read what was meant. Names the gazetteer finds are left as they are, and so is a known word: a form of a
 * word the articles write ("terms" where they only write "term"), or a word of the intent examples.
 */
final class Misspellings {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final SentenceIndex index;
    private final Gazetteer gazetteer;
    private final Predicate<String> knownWord;

    /** @param knownWord whether a lower-case word is known (as {@link SentenceIndex#holdsWord} and the examples) */
    Misspellings(SentenceIndex index, Gazetteer gazetteer, Predicate<String> knownWord) {
        this.index = index;
        this.gazetteer = gazetteer;
        this.knownWord = knownWord;
    }

    /** The question with its misspelt words corrected; the same string when none is. */
    String corrected(String question) {
        List<Mention> names = gazetteer.find(question);
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher word = WORD.matcher(question);
        while (word.find()) {
            int start = word.start();
            if (names.stream().anyMatch(n -> n.start() <= start && start < n.end())
                    || knownWord.test(word.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            var correction = index.correction(word.group());
            if (correction.isPresent()) {
                out.append(question, at, start).append(sameCase(word.group(), correction.get()));
                at = word.end();
            }
        }
        return at == 0 ? question : out.append(question.substring(at)).toString();
    }

    /** "Untied" → "United": the correction with the first letter's case as typed. */
    private static String sameCase(String typed, String correction) {
        return Character.isUpperCase(typed.charAt(0))
                ? correction.substring(0, 1).toUpperCase(Locale.ROOT) + correction.substring(1) : correction;
    }
}
