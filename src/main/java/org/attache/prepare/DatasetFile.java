package org.attache.prepare;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.attache.article.Article;
import org.attache.fact.Contradiction;
import org.attache.fact.Fact;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Gazetteer;
import org.attache.source.SourceProblem;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The parsed dataset as compressed JSON: the articles in one file, their facts, contradictions and the problems found
 * while loading in another, each with the fingerprint of what they were made from. Reading it back needs no parsing, tagging or
 * extraction; the gazetteer is the one loaded now (the fingerprint covers its file).
 */
final class DatasetFile {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The articles, in one file. */
    record StoredArticles(String fingerprint, List<Article> articles) {
    }

    /** What was read from them, in another: the two are read at once. */
    record StoredFacts(String fingerprint, List<Fact> facts, List<Contradiction> contradictions,
                       List<SourceProblem> problems) {
    }

    static final String ARTICLES = "articles.json.gz";
    static final String FACTS = "facts.json.gz";

    private DatasetFile() {
    }

    static void write(RelationsDataset dataset, String fingerprint, Path folder) throws IOException {
        write(new StoredArticles(fingerprint, dataset.articles()), folder.resolve(ARTICLES));
        write(new StoredFacts(fingerprint, dataset.facts(), dataset.contradictions(), dataset.problems()),
                folder.resolve(FACTS));
    }

    private static void write(Object value, Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            JSON.writeValue(out, value);
        }
    }

    /**
     * The stored dataset, its two files read at once.
     *
     * @throws IOException when a file is unreadable, truncated, not ours, or made from other data
     */
    static RelationsDataset read(Path folder, String fingerprint, Gazetteer gazetteer) throws IOException {
        CompletableFuture<StoredArticles> articles = CompletableFuture.supplyAsync(
                () -> read(folder.resolve(ARTICLES), StoredArticles.class));
        StoredFacts facts = read(folder.resolve(FACTS), StoredFacts.class);
        StoredArticles stored;
        try {
            stored = articles.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
        if (!fingerprint.equals(stored.fingerprint()) || !fingerprint.equals(facts.fingerprint())
                || stored.articles() == null || facts.facts() == null || facts.contradictions() == null
                || facts.problems() == null) {
            throw new IOException("made from other data or incomplete");
        }
        return new RelationsDataset(stored.articles(), facts.facts(), facts.contradictions(), gazetteer,
                facts.problems());
    }

    private static <T> T read(Path file, Class<T> type) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            T value = JSON.readValue(in, type);
            if (value == null) {
                throw new IOException(file.getFileName() + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
