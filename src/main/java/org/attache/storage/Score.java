package org.attache.storage;

/**
 * A user's tally: in a session, or on a guild's leaderboard.
 *
 * @param userId   who
 * @param answered questions answered
 * @param correct  answered correctly
 * @param points   points earned
 */
public record Score(String userId, int answered, int correct, int points) {
    /** Correct answers as a share of answered ones, 0 to 100. */
    public double accuracyPercent() {
        return answered == 0 ? 0 : 100.0 * correct / answered;
    }
}
