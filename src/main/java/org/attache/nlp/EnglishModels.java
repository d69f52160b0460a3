package org.attache.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
    /** Greedy tagging: see {@link #withBeamSize}. */
    private static final int POS_BEAM = 1;

    private final Cache<String, String> knownLemmas = Caffeine.newBuilder().maximumSize(200_000).build();

    private EnglishModels() {
        // the four models are read side by side: start-up waits for the largest, not for all four in turn
        CompletableFuture<POSModel> pos = CompletableFuture.supplyAsync(() -> read(POS, in -> new POSModel(withBeamSize(in, POS_BEAM))));
        CompletableFuture<LemmatizerModel> lemma = CompletableFuture.supplyAsync(() -> read(LEMMAS, LemmatizerModel::new));
        this.sentences = read(SENTENCE, SentenceModel::new);
        this.tokens = read(TOKENS, TokenizerModel::new);
        this.partsOfSpeech = joined(pos);
        this.lemmas = joined(lemma);
    }

    /** Reading a model from a stream, which may fail. */
    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String resource, ModelReader<T> reader) {
        try (InputStream in = open(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP model " + resource + " from the classpath", e);
        }
    }

    /**
     * The model file with another beam size in its manifest. OpenNLP's tagger takes the beam size from there only
     * (the model class is final and the size is not a constructor argument any more), so the manifest is rewritten
     * as the model is read. Tagging is most of the preparation time; a beam of one gave the same facts on the whole
     * corpus as the model's three and took a seventh off the preparation time (both measured).
     */
    static InputStream withBeamSize(InputStream model, int beamSize) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(model); ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    content = new String(content, StandardCharsets.ISO_8859_1)
                            .replaceAll("(?m)^BeamSize=\\d+", "BeamSize=" + beamSize)
                            .getBytes(StandardCharsets.ISO_8859_1);
                }
                out.write(content);
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
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
