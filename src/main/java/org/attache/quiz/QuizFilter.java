package org.attache.quiz;

import org.attache.gazetteer.EntityId;

import java.util.Optional;

/**
 * Which questions a quiz asks.
 *
 * @param country only facts about this country, or any
 * @param topic   only this topic, or any
 * @param count   how many questions (fewer when the dataset has fewer)
 * @param seed    the shuffle seed: the same seed and filter give the same quiz
 */
public record QuizFilter(Optional<EntityId> country, Optional<Topic> topic, int count, long seed) {
}
