package org.attache.answer;

import org.attache.article.Article;
import org.attache.fact.RelationsDataset;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the dataset covers, in words: for "what do you know?" and for the end of every "the sources don't say". */
final class Coverage {
    /** Up to this many countries, the one-line summary names them. */
    static final int NAMED_COUNTRIES = 5;
    private static final String ASK = "Ask about relations, embassies and consulates, memberships, conflicts and"
            + " treaties.";

    private Coverage() {
    }

    /**
     * One line, whatever the size of the dataset: "I cover the foreign relations of 111 countries, snapshots 2013-01
     * to 2019-11; /sources lists them." (the countries named when there are few), then what one can ask about.
     */
    static String summary(RelationsDataset dataset) {
        Map<String, List<Article>> countries = byCountry(dataset);
        if (countries.isEmpty()) {
            return "I have no sources loaded yet.";
        }
        List<String> snapshots = dataset.articles().stream().map(Article::snapshot).distinct().sorted().toList();
        StringBuilder text = new StringBuilder("I cover the foreign relations of ").append(countries.size())
                .append(countries.size() == 1 ? " country" : " countries");
        if (countries.size() <= NAMED_COUNTRIES) {
            text.append(" (").append(inWords(List.copyOf(countries.keySet()))).append(')');
        }
        text.append(snapshots.size() == 1 ? ", snapshot " + snapshots.get(0)
                : ", snapshots " + snapshots.get(0) + " to " + snapshots.get(snapshots.size() - 1));
        text.append("; /sources lists them. ").append(ASK);
        leftOut(dataset).ifPresent(lost -> text.append(" (").append(lost).append(".)"));
        return text.toString();
    }

    /** "1 source could not be loaded", when the manifest lists sources that are not in the dataset. */
    static Optional<String> leftOut(RelationsDataset dataset) {
        long lost = dataset.sourcesLeftOut();
        return lost == 0 ? Optional.empty() : Optional.of(lost + (lost == 1 ? " source" : " sources")
                + " could not be loaded");
    }

    /** The articles by the country they are about, countries in alphabetical order, each newest snapshot first. */
    static Map<String, List<Article>> byCountry(RelationsDataset dataset) {
        Collator order = Collator.getInstance(Locale.ENGLISH);
        Map<String, List<Article>> countries = new TreeMap<>(order);
        for (Article article : dataset.articles()) {
            countries.computeIfAbsent(article.source().country(), k -> new ArrayList<>()).add(article);
        }
        countries.values().forEach(articles -> articles.sort((a, b) -> b.snapshot().compareTo(a.snapshot())));
        return countries;
    }

    /** "Ecuador", "Ecuador and El Salvador", "Chile, Ecuador and Peru". */
    static String inWords(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
