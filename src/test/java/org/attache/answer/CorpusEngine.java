package org.attache.answer;

import org.attache.TestCorpus;
import org.attache.TestDataset;
import org.attache.understand.QuestionReader;

/** One answer engine over the bundled sources and the corpus, for the tests that only ask it questions. */
final class CorpusEngine {
    private static final class Holder {
        static final SentenceIndex INDEX = new SentenceIndex(TestCorpus.withBundled());
        static final AnswerEngine ENGINE = new AnswerEngine(TestCorpus.withBundled(),
                new QuestionReader(TestDataset.gazetteer()), 1000, INDEX);
    }

    private CorpusEngine() {
    }

    static AnswerEngine get() {
        return Holder.ENGINE;
    }

    /** The engine's sentence index. */
    static SentenceIndex index() {
        return Holder.INDEX;
    }
}
