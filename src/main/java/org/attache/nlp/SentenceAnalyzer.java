package org.attache.nlp;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import com.github.benmanes.caffeine.cache.Cache;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Tokenizes, tags and lemmatizes a sentence with the OpenNLP models. Not thread-safe: one per thread. */
public final class SentenceAnalyzer {
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Cache<String, String> lemmas;

    public SentenceAnalyzer(EnglishModels models) {
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.partsOfSpeech());
        this.lemmatizer = new LemmatizerME(models.lemmas());
        this.lemmas = models.knownLemmas();
    }

    /** The lemma of a word form with its part of speech, one word at a time and remembered (see EnglishModels). */
    private String lemma(String token, String tag) {
        return lemmas.get(token + '\u0000' + tag, key -> {
            String lemma = lemmatizer.lemmatize(new String[] {token}, new String[] {tag})[0];
            // the lemmatizer answers "O" when it has no lemma: fall back to the token itself
            return ("O".equals(lemma) ? token : lemma).toLowerCase(Locale.ROOT);
        });
    }

    public AnalyzedSentence analyze(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] tokens = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(tokens);
        List<String> lowerLemmas = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            lowerLemmas.add(lemma(tokens[i], tags[i]));
        }
        return new AnalyzedSentence(sentence, Arrays.asList(spans), Arrays.asList(tags), lowerLemmas);
    }
}
