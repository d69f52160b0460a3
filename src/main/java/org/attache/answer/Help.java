package org.attache.answer;

import org.attache.article.Article;
import org.attache.fact.RelationsDataset;
import org.attache.understand.Query;

import java.util.List;

/** The answers about the bot itself: how to ask, and what it knows. */
final class Help {
    private Help() {
    }

    static Answer answer(String question, RelationsDataset dataset) {
        return new Answer(question, true, "help", List.of(),
                "Ask me about the diplomatic relations of the countries in my sources, for example: \"When did"
                        + " El Salvador and Mexico establish relations?\", \"Where does Ecuador have consulates in"
                        + " Spain?\", \"Is Ecuador a member of OPEC?\". Every answer quotes its source. "
                        + Coverage.summary(dataset), List.of(), List.of());
    }

    static Answer coverage(String question, Query query, RelationsDataset dataset) {
        return coverage(question, query.intent().label(), dataset);
    }

    static Answer coverage(String question, String intent, RelationsDataset dataset) {
        StringBuilder text = new StringBuilder(Coverage.summary(dataset)).append("\nSources:");
        for (Article article : dataset.articles()) {
            text.append("\n• ").append(article.title()).append(", snapshot ").append(article.snapshot())
                    .append(" (").append(article.source().url()).append(")");
        }
        List<String> counterparts = Coverage.counterparts(dataset);
        text.append("\nCountries and organisations with facts: ")
                .append(String.join(", ", counterparts.subList(0, Math.min(30, counterparts.size()))))
                .append(counterparts.size() > 30 ? ", …" : "").append('.');
        return new Answer(question, true, intent, List.of(), text.toString(), List.of(), List.of());
    }
}
