package org.attache.quiz;

/**
 * Points for an answer: {@code correct} for a right one, plus up to {@code speedBonus} for answering early in a
 * timed question (falling linearly to nothing at the deadline), plus {@code streakBonus} when the user's previous
 * answer in the quiz was right too. A wrong answer scores nothing.
 */
public record Scoring(int correct, int speedBonus, int streakBonus) {
    public static final Scoring DEFAULT = new Scoring(10, 5, 2);

    int points(boolean right, long elapsedMillis, java.util.Optional<Integer> seconds, boolean onStreak) {
        if (!right) {
            return 0;
        }
        int speed = seconds.map(s -> (int) Math.round(speedBonus
                * Math.max(0, 1 - (double) elapsedMillis / (s * 1000L)))).orElse(0);
        return correct + speed + (onStreak ? streakBonus : 0);
    }
}
