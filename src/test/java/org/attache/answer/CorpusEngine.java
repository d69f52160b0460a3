package org.attache.answer;

import org.attache.TestCorpus;
import org.attache.TestDataset;

/**
 * One answer engine over the bundled sources and the corpus, for the tests that only ask it questions (the Discord
 * front end's included), on the sentence index prepared with the corpus.
 */
public final class CorpusEngine {
    private static final class Holder {
        static final SentenceIndex INDEX = TestCorpus.index();
        static final AnswerEngine ENGINE = new AnswerEngine(TestCorpus.withBundled(),
                TestDataset.questionReader(), 1000, INDEX);
    }

    private CorpusEngine() {
    }

    public static AnswerEngine get() {
        return Holder.ENGINE;
    }

    /** The engine's sentence index. */
    static SentenceIndex index() {
        return Holder.INDEX;
    }
}
