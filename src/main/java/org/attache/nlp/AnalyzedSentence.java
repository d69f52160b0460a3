package org.attache.nlp;

import opennlp.tools.util.Span;

import java.util.List;
import java.util.Locale;

/**
 * A sentence cut into tokens, each with its character span, universal part-of-speech tag and lemma.
 *
 * @param text   the sentence
 * @param spans  each token's character span in the text
 * @param tags   each token's UD part of speech (NOUN, VERB, PROPN, NUM …)
 * @param lemmas each token's lemma, lower case
 */
public record AnalyzedSentence(String text, List<Span> spans, List<String> tags, List<String> lemmas) {
    public AnalyzedSentence {
        spans = List.copyOf(spans);
        tags = List.copyOf(tags);
        lemmas = List.copyOf(lemmas);
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

    public String lemma(int i) {
        return lemmas.get(i);
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
    public int tokenAt(int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).getStart() <= offset && offset < spans.get(i).getEnd()) {
                return i;
            }
        }
        return -1;
    }
}
