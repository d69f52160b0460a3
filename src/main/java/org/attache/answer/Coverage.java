package org.attache.answer;

import org.attache.article.Article;
import org.attache.fact.Fact;
import org.attache.fact.RelationsDataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the dataset covers, in words: for "what do you know?" and for the end of every "the sources don't say". */
final class Coverage {
    private Coverage() {
    }

    /** "I cover the foreign relations of El Salvador (snapshots 2019-11, 2014-10) and Ecuador (2013-01) …" */
    static String summary(RelationsDataset dataset) {
        Map<String, List<String>> snapshots = new LinkedHashMap<>();
        for (Article article : dataset.articles()) {
            snapshots.computeIfAbsent(article.source().country(), k -> new java.util.ArrayList<>())
                    .add(article.snapshot());
        }
        String countries = snapshots.entrySet().stream()
                .map(e -> e.getKey() + " (" + (e.getValue().size() > 1 ? "snapshots " : "snapshot ")
                        + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining(" and "));
        return "I cover the foreign relations of " + countries + ": ask about their relations with a country,"
                + " embassies and consulates, memberships, conflicts and treaties.";
    }

    /** The countries and organisations the facts speak of, most spoken of first. */
    static List<String> counterparts(RelationsDataset dataset) {
        return dataset.facts().stream().collect(Collectors.groupingBy(Fact::counterpart, LinkedHashMap::new,
                        Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }
}
