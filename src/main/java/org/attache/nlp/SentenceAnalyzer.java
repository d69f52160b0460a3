package org.attache.nlp;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Tokenizes, tags and lemmatizes a sentence with the OpenNLP models. Not thread-safe: one per thread. */
public final class SentenceAnalyzer {
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    public SentenceAnalyzer(EnglishModels models) {
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.partsOfSpeech());
        this.lemmatizer = new LemmatizerME(models.lemmas());
    }

    public AnalyzedSentence analyze(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] tokens = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(tokens);
        String[] lemmas = lemmatizer.lemmatize(tokens, tags);
        List<String> lowerLemmas = new ArrayList<>(lemmas.length);
        for (int i = 0; i < lemmas.length; i++) {
            // the lemmatizer answers "O" when it has no lemma: fall back to the token itself
            String lemma = "O".equals(lemmas[i]) ? tokens[i] : lemmas[i];
            lowerLemmas.add(lemma.toLowerCase(Locale.ROOT));
        }
        return new AnalyzedSentence(sentence, Arrays.asList(spans), Arrays.asList(tags), lowerLemmas);
    }
}
