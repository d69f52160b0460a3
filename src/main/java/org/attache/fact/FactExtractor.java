package org.attache.fact;

import java.util.List;

/** Reads one kind of fact from a sentence. */
interface FactExtractor {
    List<Fact> extract(SentenceContext sentence);
}
