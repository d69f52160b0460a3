package org.attache.fact;

import java.util.List;

/** Reads one kind of fact from a sentence. */
interface FactExtractor {
    /**
     * The tokens that introduce a fact of this kind. Every extractor's triggers compete for the sentence's dates:
     * a date goes to the trigger it stands nearest to.
     */
    List<Integer> triggers(SentenceContext sentence);

    List<Fact> extract(SentenceContext sentence);

    /**
     * A cheap first look at the lower-cased sentence: false when it cannot hold this kind of fact (none of the
     * words that introduce one), so the sentence need not be tagged at all.
     */
    boolean mayApply(String lowerCaseText);
}
