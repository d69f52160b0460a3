package org.attache.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.attache.fact.Fact;
import org.attache.fact.FactType;
import org.attache.fact.RelationsDataset;
import org.attache.understand.Intent;
import org.attache.understand.Query;
import org.attache.understand.QuestionReader;
import org.attache.understand.QuestionText;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers a question from the dataset: typed facts where they match the intent and the names, otherwise the best
 * evidence sentence, otherwise "the sources I have don't say". Answers are cached by normalised question.
 * Thread-safe.
 */
public final class AnswerEngine {
    /** Below this BM25 score a sentence is too weak a match to be passed off as an answer. */
    static final float MIN_SENTENCE_SCORE = 2.5f;
    /** Below this probability, a question naming nothing the dataset knows is not guessed at. */
    static final double MIN_INTENT_CONFIDENCE = 0.25;

    private final RelationsDataset dataset;
    private final QuestionReader reader;
    private final FactSelector selector;
    private final SentenceIndex index;
    private final AnswerWriter writer;
    private final Cache<String, Answer> cache;

    public AnswerEngine(RelationsDataset dataset, QuestionReader reader, int cacheSize) {
        this.dataset = dataset;
        this.reader = reader;
        this.selector = new FactSelector(dataset);
        this.index = new SentenceIndex(dataset);
        this.writer = new AnswerWriter(dataset);
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    public Answer answer(String question) {
        String clean = QuestionText.clean(question);
        Answer answer = cache.get(clean.toLowerCase(Locale.ROOT), key -> compute(clean));
        return answer.question().equals(question) ? answer
                : new Answer(question, answer.answered(), answer.intent(), answer.entities(), answer.text(),
                answer.citations(), answer.conflicts());
    }

    private Answer compute(String clean) {
        if (clean.isEmpty()) {
            return Help.answer(clean, dataset);
        }
        Query query = reader.read(clean);
        if (query.intent() == Intent.HELP) {
            return Help.answer(clean, dataset);
        }
        if (query.intent() == Intent.COVERAGE) {
            return Help.coverage(clean, query, dataset);
        }
        if (query.intent() == Intent.OUT_OF_SCOPE
                || query.entities().isEmpty() && query.confidence() < MIN_INTENT_CONFIDENCE) {
            return writer.abstain(clean, query);
        }
        List<Fact> facts = selector.select(query);
        if (!facts.isEmpty()) {
            return writer.fromFacts(clean, query, facts);
        }
        return bestSentence(clean, query);
    }

    /** The best evidence sentence naming every entity of the question, if it is a strong enough match. */
    private Answer bestSentence(String clean, Query query) {
        if (query.entities().isEmpty() || query.words().isEmpty()) {
            return writer.abstain(clean, query);
        }
        List<SentenceIndex.Hit> hits = index.search(query.entities(), query.words(), preferredTypes(query.intent()), 3);
        if (hits.isEmpty() || hits.get(0).score() < MIN_SENTENCE_SCORE) {
            return writer.abstain(clean, query);
        }
        return writer.fromSentence(clean, query, hits.get(0).sentence());
    }

    private static Set<FactType> preferredTypes(Intent intent) {
        return switch (intent) {
            case RELATIONS_START, RELATIONS_STATUS -> Set.of(FactType.RELATION_EVENT);
            case MISSIONS -> Set.of(FactType.MISSION);
            case MEMBERSHIPS -> Set.of(FactType.MEMBERSHIP);
            case CONFLICTS -> Set.of(FactType.CONFLICT, FactType.TREATY);
            case PAIR_FACT -> Set.of(FactType.FIGURE);
            default -> Set.of();
        };
    }
}
