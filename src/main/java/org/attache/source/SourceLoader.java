package org.attache.source;

import org.attache.article.Article;
import org.attache.article.ArticleSource;
import org.attache.article.SourceFormat;
import org.attache.nlp.EnglishModels;
import org.attache.nlp.SentenceSplitter;
import org.attache.gazetteer.Gazetteer;
import org.attache.source.csv.DatasetCsvReader;
import org.attache.source.record.DatasetRecordReader;
import org.attache.source.record.RecordText;
import org.attache.source.wikitext.WikitextReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads every source the manifest lists into articles, several files at once. A source that cannot be read is
 * reported with its file and line and the others still load.
 */
public final class SourceLoader {
    /** The articles that loaded and every problem found on the way. */
    public record Loaded(List<Article> articles, List<SourceProblem> problems) {
        public Loaded {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    /** The readers of each worker thread: the sentence detector they share is not thread-safe. */
    private final ThreadLocal<Map<SourceFormat, ArticleReader>> readers;
    private final ThreadLocal<RecordText> recordTexts;
    private final DatasetCsvReader csv;

    public SourceLoader(EnglishModels models, Gazetteer gazetteer) {
        ThreadLocal<SentenceAssembler> assemblers = ThreadLocal.withInitial(
                () -> new SentenceAssembler(new SentenceSplitter(models)));
        this.readers = ThreadLocal.withInitial(() -> {
            Map<SourceFormat, ArticleReader> byFormat = new EnumMap<>(SourceFormat.class);
            byFormat.put(SourceFormat.WIKITEXT, new WikitextReader(assemblers.get()));
            byFormat.put(SourceFormat.DATASET_RECORD, new DatasetRecordReader(assemblers.get(), gazetteer));
            return byFormat;
        });
        this.recordTexts = ThreadLocal.withInitial(() -> new RecordText(assemblers.get(), gazetteer));
        this.csv = new DatasetCsvReader(gazetteer, recordTexts::get);
    }

    public Loaded load(Path manifestFile) {
        return load(manifestFile, line -> { });
    }

    /** Loads every source; after each, says in one line which it was and how many articles it gave. */
    public Loaded load(Path manifestFile, Consumer<String> progress) {
        ProblemLog problems = new ProblemLog();
        SourceManifest manifest = SourceManifest.read(manifestFile, problems);
        List<Article> articles = new ArrayList<>();
        manifest.entries().parallelStream().map(entry -> {
            List<Article> read = read(manifest, entry, problems);
            progress.accept("read " + manifest.displayName(entry.source()) + ": " + read.size()
                    + (read.size() == 1 ? " article" : " articles"));
            return read;
        }).toList().forEach(articles::addAll);
        return new Loaded(articles, problems.problems());
    }

    private List<Article> read(SourceManifest manifest, ManifestEntry entry, ProblemLog problems) {
        ArticleSource listed = entry.source();
        Path path = manifest.resolve(listed);
        String name = manifest.displayName(listed);
        if (!Files.isRegularFile(path)) {
            problems.leftOut(manifest.name(), entry.line(),
                    "source file '" + listed.file() + "' is missing: this source is left out");
            return List.of();
        }
        ArticleSource source = new ArticleSource(name, listed.format(), listed.title(), listed.country(),
                listed.url(), listed.snapshot(), listed.snapshotDerivation());
        try {
            Optional<String> text = SourceText.read(path, name, problems);
            if (text.isEmpty()) {
                return List.of();
            }
            return source.format().oneArticle()
                    ? List.of(readers.get().get(source.format()).read(source, text.get(), problems))
                    : csv.read(source, text.get(), problems);
        } catch (IOException e) {
            problems.leftOut(name, 1, "cannot read the file: " + e.getMessage());
            return List.of();
        } catch (RuntimeException e) {
            // a reader bug must not cost the other sources: report it against the file and go on
            problems.leftOut(name, 1, "could not be parsed (" + e + "): this source is left out");
            return List.of();
        }
    }
}
