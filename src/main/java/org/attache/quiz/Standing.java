package org.attache.quiz;

/**
 * A player's tally: in a quiz, or on a server's leaderboard.
 *
 * @param userId   who
 * @param answered questions answered
 * @param correct  answered correctly
 * @param points   points earned
 */
public record Standing(String userId, int answered, int correct, int points) {
    /** Correct answers as a share of answered ones, 0 to 100. */
    public double accuracyPercent() {
        return answered == 0 ? 0 : 100.0 * correct / answered;
    }
}
