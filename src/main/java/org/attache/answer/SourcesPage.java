package org.attache.answer;

import org.attache.article.Article;
import org.attache.fact.RelationsDataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sources a page at a time: a count line ("113 articles about 111 countries; page 1 of 6"), then one compact
 * line per country in alphabetical order, its snapshots newest first ("Ecuador — 2019-07, 2013-01"). The article
 * title is named only where a country's articles have different titles.
 */
final class SourcesPage {
    /** Countries a page. */
    static final int PER_PAGE = 20;

    private SourcesPage() {
    }

    /** Page {@code page} (clamped to the pages there are) of the sources, as the answer to {@code question}. */
    static Paged<Answer> of(String question, String intent, RelationsDataset dataset, int page) {
        Map<String, List<Article>> countries = Coverage.byCountry(dataset);
        List<String> lines = countries.entrySet().stream().map(e -> e.getKey() + " — " + snapshots(e.getValue()))
                .toList();
        int pages = Paged.count(lines.size(), PER_PAGE);
        int shown = Paged.clamp(page, pages);
        StringBuilder text = new StringBuilder().append(count(dataset.articles().size(), "article", "articles"))
                .append(" about ").append(count(countries.size(), "country", "countries"));
        if (pages > 1) {
            text.append("; page ").append(shown).append(" of ").append(pages);
        }
        Coverage.leftOut(dataset).ifPresent(lost -> text.append("; ").append(lost));
        Paged.slice(lines, shown, PER_PAGE).forEach(line -> text.append('\n').append(line));
        return new Paged<>(new Answer(question, true, intent, List.of(), text.toString(), List.of(), List.of()),
                shown, pages);
    }

    /** "2019-07, 2013-01", or by title where the titles differ: "Foreign relations of X: 2019-07; Other: 2014-10". */
    private static String snapshots(List<Article> newestFirst) {
        Map<String, List<String>> byTitle = new LinkedHashMap<>();
        for (Article article : newestFirst) {
            byTitle.computeIfAbsent(article.title(), k -> new ArrayList<>()).add(article.snapshot());
        }
        if (byTitle.size() == 1) {
            return String.join(", ", byTitle.values().iterator().next());
        }
        return byTitle.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
