package org.attache.prepare;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.attache.article.Article;
import org.attache.article.Flag;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.fact.Contradiction;
import org.attache.fact.Fact;
import org.attache.fact.FactDate;
import org.attache.fact.FactId;
import org.attache.fact.FactKind;
import org.attache.fact.FactKindJson;
import org.attache.fact.Provenance;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.Gazetteer;
import org.attache.source.SourceProblem;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The parsed dataset on disk, in Jackson's binary JSON (Smile, several times quicker to read back than text JSON,
 * measured): the articles in one file; their facts, contradictions and the problems found while loading in another,
 * each with the fingerprint of what they were made from. A fact is stored with the place of its sentence rather
 * than a copy of it, and its provenance is put back together from the article when read: the facts file is then a
 * third of the size and reading it a third of the start-up. Reading back needs no parsing, tagging or extraction.
 */
final class DatasetFile {
    private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory()).registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    static final String ARTICLES = "articles.smile";
    static final String FACTS = "facts.smile";

    /** The articles, in one file. */
    record StoredArticles(String fingerprint, List<Article> articles) {
    }

    /** Where a sentence stands: article, section and sentence, by position. */
    record Place(int article, int section, int sentence) {
    }

    /** A fact without its provenance, which its sentence's place gives back. */
    record StoredFact(FactId id,
                      @JsonSerialize(using = FactKindJson.Writer.class)
                      @JsonDeserialize(using = FactKindJson.Reader.class) FactKind kind,
                      EntityId subject, EntityId counterpart, Optional<String> name, Optional<FactDate> date,
                      String statement, Place place, Optional<EntityId> paragraphCountry) {
    }

    /** A contradiction, its statements by their position among the facts. */
    record StoredContradiction(String article, EntityId subject, EntityId counterpart,
                               Contradiction.Disagreement about, List<Integer> statements, String explanation) {
    }

    /** What was read from the articles, in another file: the two are read at once. */
    record StoredFacts(String fingerprint, List<StoredFact> facts, List<StoredContradiction> contradictions,
                       List<SourceProblem> problems) {
    }

    private DatasetFile() {
    }

    static void write(RelationsDataset dataset, String fingerprint, Path folder) throws IOException {
        write(new StoredArticles(fingerprint, dataset.articles()), folder.resolve(ARTICLES));
        Map<String, Place> places = places(dataset.articles());
        Map<Fact, Integer> positions = new HashMap<>();
        List<StoredFact> facts = new ArrayList<>();
        for (Fact fact : dataset.facts()) {
            Provenance p = fact.provenance();
            Place place = places.get(key(p.article(), p.snapshot(), p.line(), p.sentence()));
            if (place == null) {
                throw new IllegalStateException("the sentence of fact " + fact.id() + " is in no article");
            }
            positions.putIfAbsent(fact, facts.size());
            facts.add(new StoredFact(fact.id(), fact.kind(), fact.subject(), fact.counterpart(), fact.name(),
                    fact.date(), fact.statement(), place, p.paragraphCountry()));
        }
        List<StoredContradiction> contradictions = dataset.contradictions().stream()
                .map(c -> new StoredContradiction(c.article(), c.subject(), c.counterpart(), c.about(),
                        c.statements().stream().map(positions::get).toList(), c.explanation()))
                .toList();
        write(new StoredFacts(fingerprint, facts, contradictions, dataset.problems()), folder.resolve(FACTS));
    }

    private static Map<String, Place> places(List<Article> articles) {
        Map<String, Place> places = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            for (int s = 0; s < article.sections().size(); s++) {
                List<Sentence> sentences = article.sections().get(s).sentences();
                for (int n = 0; n < sentences.size(); n++) {
                    Sentence sentence = sentences.get(n);
                    places.putIfAbsent(key(article.title(), article.snapshot(), sentence.line(), sentence.text()),
                            new Place(a, s, n));
                }
            }
        }
        return places;
    }

    private static String key(String title, String snapshot, int line, String sentence) {
        return title + '\u0000' + snapshot + '\u0000' + line + '\u0000' + sentence;
    }

    private static void write(Object value, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            SMILE.writeValue(out, value);
        }
    }

    /**
     * The stored dataset, its two files read at once; the gazetteer is asked for only once they are read, so that
     * it can be loading meanwhile.
     *
     * @throws IOException when a file is unreadable, truncated, not ours, or made from other data
     */
    static RelationsDataset read(Path folder, String fingerprint, Supplier<Gazetteer> gazetteer) throws IOException {
        CompletableFuture<StoredArticles> reading = CompletableFuture.supplyAsync(
                () -> read(folder.resolve(ARTICLES), StoredArticles.class));
        StoredFacts stored = read(folder.resolve(FACTS), StoredFacts.class);
        StoredArticles articles;
        try {
            articles = reading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
        if (!fingerprint.equals(articles.fingerprint()) || !fingerprint.equals(stored.fingerprint())
                || articles.articles() == null || stored.facts() == null || stored.contradictions() == null
                || stored.problems() == null) {
            throw new IOException("made from other data or incomplete");
        }
        List<Fact> facts = new ArrayList<>(stored.facts().size());
        for (StoredFact fact : stored.facts()) {
            facts.add(new Fact(fact.id(), fact.kind(), fact.subject(), fact.counterpart(), fact.name(), fact.date(),
                    fact.statement(), provenance(articles.articles(), fact.place(), fact.paragraphCountry())));
        }
        List<Contradiction> contradictions = stored.contradictions().stream()
                .map(c -> new Contradiction(c.article(), c.subject(), c.counterpart(), c.about(),
                        c.statements().stream().map(facts::get).toList(), c.explanation()))
                .toList();
        return new RelationsDataset(articles.articles(), facts, contradictions, gazetteer.get(), stored.problems());
    }

    /** The provenance of a sentence, as extraction gives it: the flags of sentence, section and article together. */
    private static Provenance provenance(List<Article> articles, Place place, Optional<EntityId> paragraphCountry)
            throws IOException {
        try {
            Article article = articles.get(place.article());
            Section section = article.sections().get(place.section());
            Sentence sentence = section.sentences().get(place.sentence());
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            flags.addAll(sentence.flags());
            flags.addAll(section.flags());
            flags.addAll(article.flags());
            return new Provenance(article.title(), article.snapshot(), article.source().file(), sentence.line(),
                    section.heading(), article.linkTo(section), sentence.text(), sentence.references(), flags,
                    section.pairArticle(), paragraphCountry == null ? Optional.empty() : paragraphCountry);
        } catch (IndexOutOfBoundsException | NullPointerException e) {
            throw new IOException("a fact's sentence is missing from the articles", e);
        }
    }

    private static <T> T read(Path file, Class<T> type) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            T value = SMILE.readValue(in, type);
            if (value == null) {
                throw new IOException(file.getFileName() + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
