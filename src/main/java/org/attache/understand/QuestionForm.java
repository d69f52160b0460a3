package org.attache.understand;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What shape of reply a question wants, read from its wording: a yes or no, a date, a number, a place, a list, or
 * an open answer. The intent says what the question is about; the form says what the answer must hold ("When did
 * …?" wants a date, and an answer without one does not answer it).
 */
public enum QuestionForm {
    YES_NO, WHEN, HOW_MANY, WHERE, WHICH, OPEN;

    private static final Pattern YES_NO_START = Pattern.compile(
            "^(is|are|does|do|did|has|have|was|were|can|could|will|would)\\b.*");
    private static final Pattern WHEN_WORDS = Pattern.compile(
            "^(when|since when)\\b.*|.*\\b(what|which) (year|date|month|decade)\\b.*|.*\\bhow long ago\\b.*");
    private static final Pattern HOW_MANY_WORDS = Pattern.compile(
            "^how (many|much)\\b.*|.*\\b(what|how) (is|was|are|were) the (number|value|size|volume|amount)\\b.*"
                    + "|.*\\bhow (big|large)\\b.*");
    private static final Pattern WHERE_WORDS = Pattern.compile(
            "^where\\b.*|.*\\b(which|what) (city|cities|capital)\\b.*");
    private static final Pattern WHICH_WORDS = Pattern.compile(
            "^((in|with|to|of|from|by|for|among|besides) )?(which|what|list|name)\\b.*\\b(countries|states|nations|organi[sz]ations|bodies|groups|members"
                    + "|embassies|consulates|missions|treaties|agreements|wars|disputes)\\b.*|^list\\b.*");

    public static QuestionForm of(String question) {
        String lower = question.toLowerCase(Locale.ROOT).strip();
        if (YES_NO_START.matcher(lower).matches()) {
            return YES_NO;
        }
        if (WHEN_WORDS.matcher(lower).matches()) {
            return WHEN;
        }
        if (HOW_MANY_WORDS.matcher(lower).matches()) {
            return HOW_MANY;
        }
        if (WHERE_WORDS.matcher(lower).matches()) {
            return WHERE;
        }
        if (WHICH_WORDS.matcher(lower).matches()) {
            return WHICH;
        }
        return OPEN;
    }
}
