package org.attache.source;

import org.attache.article.Article;
import org.attache.article.ArticleSource;
import org.attache.article.SourceFormat;
import org.attache.nlp.EnglishModels;
import org.attache.nlp.SentenceSplitter;
import org.attache.source.record.DatasetRecordReader;
import org.attache.source.wikitext.WikitextReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    public SourceLoader(EnglishModels models) {
        this.readers = ThreadLocal.withInitial(() -> {
            SentenceAssembler assembler = new SentenceAssembler(new SentenceSplitter(models));
            Map<SourceFormat, ArticleReader> byFormat = new EnumMap<>(SourceFormat.class);
            byFormat.put(SourceFormat.WIKITEXT, new WikitextReader(assembler));
            byFormat.put(SourceFormat.DATASET_RECORD, new DatasetRecordReader(assembler));
            return byFormat;
        });
    }

    public Loaded load(Path manifestFile) {
        ProblemLog problems = new ProblemLog();
        SourceManifest manifest = SourceManifest.read(manifestFile, problems);
        List<Article> articles = new ArrayList<>();
        manifest.entries().parallelStream().map(entry -> read(manifest, entry, problems)).toList()
                .forEach(article -> article.ifPresent(articles::add));
        return new Loaded(articles, problems.problems());
    }

    private Optional<Article> read(SourceManifest manifest, ManifestEntry entry, ProblemLog problems) {
        ArticleSource listed = entry.source();
        Path path = manifest.resolve(listed);
        String name = manifest.displayName(listed);
        if (!Files.isRegularFile(path)) {
            problems.report(manifest.name(), entry.line(),
                    "source file '" + listed.file() + "' is missing: this source is left out");
            return Optional.empty();
        }
        ArticleSource source = new ArticleSource(name, listed.format(), listed.title(), listed.country(),
                listed.url(), listed.snapshot(), listed.snapshotDerivation());
        try {
            Optional<String> text = SourceText.read(path, name, problems);
            return text.map(t -> readers.get().get(source.format()).read(source, t, problems));
        } catch (IOException e) {
            problems.report(name, 1, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // a reader bug must not cost the other sources: report it against the file and go on
            problems.report(name, 1, "could not be parsed (" + e + "): this source is left out");
            return Optional.empty();
        }
    }
}
