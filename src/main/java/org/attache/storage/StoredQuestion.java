package org.attache.storage;

import java.util.List;
import java.util.Optional;

/**
 * A question asked in a session, with the fact it tests.
 *
 * @param sessionId     its session
 * @param index         its place in the session (0-based)
 * @param factId        the fact it tests (its citation is read from the dataset by this id)
 * @param topic         its topic (relations, missions, memberships, conflicts, figures)
 * @param prompt        the question as shown
 * @param options       the four options, in shown order
 * @param correctOption the right one (0 to 3)
 * @param askedAt       epoch milliseconds
 * @param revealedAt    when the answer was revealed, if it was
 */
public record StoredQuestion(String sessionId, int index, String factId, String topic, String prompt,
                             List<String> options, int correctOption, long askedAt, Optional<Long> revealedAt) {
    public StoredQuestion {
        options = List.copyOf(options);
    }
}
