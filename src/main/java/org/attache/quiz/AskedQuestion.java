package org.attache.quiz;

import org.attache.fact.FactId;

import java.util.List;

/**
 * A question of a quiz as asked.
 *
 * @param index         its place in the quiz, from 0
 * @param fact          the fact it tests, whose citation the reveal shows
 * @param topic         relations, missions, memberships, conflicts or figures
 * @param prompt        the question as shown
 * @param options       the four options, in shown order
 * @param correctOption the right one, 0 to 3
 * @param askedAt       when it became the question asked, epoch milliseconds
 */
public record AskedQuestion(int index, FactId fact, String topic, String prompt, List<String> options,
                            int correctOption, long askedAt) {
    public AskedQuestion {
        options = List.copyOf(options);
    }
}
