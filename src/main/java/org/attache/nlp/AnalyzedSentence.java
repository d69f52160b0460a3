package org.attache.nlp;

import opennlp.tools.util.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A sentence cut into tokens, each with its character span and universal part-of-speech tag; lemmas are found
 * when asked for, since only a few words of a sentence ever need theirs and the lemmatizer is the slowest model.
 */
public final class AnalyzedSentence {
    private final String text;
    private final List<Span> spans;
    private final List<String> tags;
    private final BiFunction<String, String, String> lemmatizer;
    private final String[] lemmas;

    /**
     * @param text       the sentence
     * @param spans      each token's character span in the text
     * @param tags       each token's UD part of speech (NOUN, VERB, PROPN, NUM …)
     * @param lemmatizer a word form and its tag to its lemma, lower case
     */
    public AnalyzedSentence(String text, List<Span> spans, List<String> tags,
                            BiFunction<String, String, String> lemmatizer) {
        this.text = text;
        this.spans = List.copyOf(spans);
        this.tags = List.copyOf(tags);
        this.lemmatizer = lemmatizer;
        this.lemmas = new String[spans.size()];
    }

    public String text() {
        return text;
    }

    public int size() {
        return spans.size();
    }

    public String token(int i) {
        return spans.get(i).getCoveredText(text).toString();
    }

    public String lowerToken(int i) {
        return token(i).toLowerCase(Locale.ROOT);
    }

    /** The token's lemma, lower case. */
    public String lemma(int i) {
        if (lemmas[i] == null) {
            lemmas[i] = lemmatizer.apply(token(i), tag(i));
        }
        return lemmas[i];
    }

    /**
     * True when the token's lemma is one of these words. The lemma is looked up only for a token that begins as
     * one of them does (three letters): regular inflections keep the start of the word.
     */
    public boolean lemmaIn(int i, Set<String> words) {
        String lower = lowerToken(i);
        if (words.contains(lower)) {
            return true;
        }
        String start = lower.length() >= 3 ? lower.substring(0, 3) : lower;
        return words.stream().anyMatch(w -> w.startsWith(start)) && words.contains(lemma(i));
    }

    public String tag(int i) {
        return tags.get(i);
    }

    public int start(int i) {
        return spans.get(i).getStart();
    }

    public int end(int i) {
        return spans.get(i).getEnd();
    }

    /** The index of the token covering this character offset, or -1. */
    /** The first token starting at or after the offset, or -1 when none does. */
    public int tokenFrom(int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).getStart() >= offset) {
                return i;
            }
        }
        return -1;
    }

    public int tokenAt(int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).getStart() <= offset && offset < spans.get(i).getEnd()) {
                return i;
            }
        }
        return -1;
    }
}
