package org.attache.source.csv;

import org.attache.article.Article;
import org.attache.article.ArticleSource;
import org.attache.gazetteer.Gazetteer;
import org.attache.source.ProblemLog;
import org.attache.source.record.RecordText;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every row of a dataset CSV as an article: the title recovered from its spaceless form, the country resolved
 * through the gazetteer, the address derived, the snapshot the manifest gives for the whole file. A row whose title
 * names no country the gazetteer knows is reported with its line and left out. Rows are read on every core.
 */
public final class DatasetCsvReader {
    private final Gazetteer gazetteer;
    private final Supplier<RecordText> texts;

    /** @param texts the current thread's text reader (the sentence detector is not thread-safe) */
    public DatasetCsvReader(Gazetteer gazetteer, Supplier<RecordText> texts) {
        this.gazetteer = gazetteer;
        this.texts = texts;
    }

    /**
     * @param entry   the manifest's entry: file (as named in problems), snapshot and its derivation
     * @param content the file's text
     */
    public List<Article> read(ArticleSource entry, String content, ProblemLog problems) {
        return DatasetCsv.read(content, entry.file(), problems).parallelStream()
                .map(row -> article(entry, row, problems))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Article> article(ArticleSource entry, DatasetCsv.Row row, ProblemLog problems) {
        Optional<SpacelessTitle.Recovered> recovered = SpacelessTitle.recover(row.title(), gazetteer);
        if (recovered.isEmpty()) {
            problems.report(entry.file(), row.line(), "the title '" + row.title() + "' names no country the gazetteer"
                    + " knows (expected 'Foreignrelationsof' and a country's name): this article is left out");
            return Optional.empty();
        }
        SpacelessTitle.Recovered title = recovered.get();
        ArticleSource source = new ArticleSource(entry.file(), entry.format(), title.title(), title.country().name(),
                title.url(), entry.snapshot(), entry.snapshotDerivation());
        List<String> lines = List.of(row.text().split("\n", -1));
        return Optional.of(texts.get().read(source, lines, row.textLine()));
    }
}
