package org.attache.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The pre-trained English OpenNLP models (Universal Dependencies, English Web Treebank), read from the classpath,
 * where the {@code opennlp-models-*-en} Maven artifacts put them. Loaded once; the model objects are immutable and
 * shared, while the {@code *ME} tools built on them are not thread-safe and are made per user.
 */
public final class EnglishModels {
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel partsOfSpeech;
    private final LemmatizerModel lemmas;
    /**
     * Lemmas already found, by word form and tag, shared by every analyzer: a form's lemma given its tag does not
     * depend on the sentence, and the lemmatizer is by far the slowest model (measured: nine tenths of the load).
     * Bounded, as the vocabulary of any number of articles would otherwise be.
     */
    private final Cache<String, String> knownLemmas = Caffeine.newBuilder().maximumSize(200_000).build();

    private EnglishModels() {
        try {
            this.sentences = new SentenceModel(open(SENTENCE));
            this.tokens = new TokenizerModel(open(TOKENS));
            this.partsOfSpeech = new POSModel(open(POS));
            this.lemmas = new LemmatizerModel(open(LEMMAS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model from the classpath", e);
        }
    }

    private static final class Holder {
        private static final EnglishModels INSTANCE = new EnglishModels();
    }

    /** The models, loaded on first use. */
    public static EnglishModels get() {
        return Holder.INSTANCE;
    }

    private static InputStream open(String resource) {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; "
                    + "the opennlp-models-*-en artifacts must be dependencies");
        }
        return in;
    }

    SentenceModel sentences() {
        return sentences;
    }

    TokenizerModel tokens() {
        return tokens;
    }

    POSModel partsOfSpeech() {
        return partsOfSpeech;
    }

    LemmatizerModel lemmas() {
        return lemmas;
    }

    Cache<String, String> knownLemmas() {
        return knownLemmas;
    }
}
