package org.attache.quiz;

import org.attache.fact.Fact;
import org.attache.fact.FactId;

import java.util.Optional;

/**
 * A fact players flagged as wrong in their quizzes, for the server's moderators.
 *
 * @param id    the fact's id
 * @param fact  the fact, when the dataset still has it
 * @param flags how many flags it has
 */
public record FlaggedFact(FactId id, Optional<Fact> fact, int flags) {
}
