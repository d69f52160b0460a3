package org.attache.understand;

import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in a question that the bot does not know: capitalised words (not the first) and all-capital
 * abbreviations that are no country, organisation or city the gazetteer knows (typos included: "Nigera"), and no
 * word of the articles or the intent examples. "When did Freedonia and Chile establish relations?" names
 * Freedonia; answering it about Chile alone would answer another question.
 */
public final class UnknownNames {
    private static final Pattern NAME = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+)");

    private final Gazetteer gazetteer;
    private final Predicate<String> knownWord;

    /** @param knownWord whether a lower-case word is one of the articles' or the examples' */
    public UnknownNames(Gazetteer gazetteer, Predicate<String> knownWord) {
        this.gazetteer = gazetteer;
        this.knownWord = knownWord;
    }

    public List<String> in(String question) {
        List<String> unknown = new ArrayList<>();
        for (String name : beyondTheGazetteer(question, gazetteer)) {
            String word = name.replaceAll("['’]s$", "");
            if (!knownWord.test(word.toLowerCase(Locale.ROOT)) && gazetteer.closest(word).isEmpty()
                    && gazetteer.abbreviation(word).isEmpty()) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    /** The capitalised words of a question, after its first, that no name of the gazetteer covers. */
    public static List<String> beyondTheGazetteer(String question, Gazetteer gazetteer) {
        List<Mention> mentions = gazetteer.find(question);
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(question);
        while (m.find()) {
            int start = m.start(1);
            if (!question.substring(0, start).isBlank()
                    && mentions.stream().noneMatch(x -> x.start() <= start && start < x.end())) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
