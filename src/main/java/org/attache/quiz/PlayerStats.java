package org.attache.quiz;

import org.attache.storage.QuizStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A player's record in a guild: answered, correct, accuracy, the current streak of right answers, and the topic
 * with the lowest accuracy (where to study).
 */
public record PlayerStats(int answered, int correct, int streak, Optional<String> weakestTopic) {
    public double accuracyPercent() {
        return answered == 0 ? 0 : 100.0 * correct / answered;
    }

    static PlayerStats of(List<QuizStore.TopicAnswer> history) {
        int correct = (int) history.stream().filter(QuizStore.TopicAnswer::correct).count();
        int streak = 0;
        for (int i = history.size() - 1; i >= 0 && history.get(i).correct(); i--) {
            streak++;
        }
        Map<String, Double> accuracy = history.stream().collect(Collectors.groupingBy(QuizStore.TopicAnswer::topic,
                Collectors.averagingDouble(a -> a.correct() ? 1 : 0)));
        Optional<String> weakest = accuracy.entrySet().stream().filter(e -> e.getValue() < 1)
                .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        return new PlayerStats(history.size(), correct, streak, weakest);
    }
}
