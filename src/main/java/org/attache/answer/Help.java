package org.attache.answer;

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

    /** "Which countries do you know?": the first page of the sources. */
    static Answer coverage(String question, Query query, RelationsDataset dataset) {
        return SourcesPage.of(question, query.intent().label(), dataset, 1).content();
    }
}
