package org.attache.quiz;

import org.attache.fact.Fact;

import java.util.List;

/**
 * A multiple-choice question generated from one typed fact, which it carries as its citation.
 *
 * @param topic   what it is about
 * @param prompt  the question
 * @param options four options, in the order shown
 * @param correct the index of the right option
 * @param fact    the fact that makes that option right: its provenance is the citation shown at the reveal
 */
public record QuizQuestion(Topic topic, String prompt, List<String> options, int correct, Fact fact) {
    public QuizQuestion {
        options = List.copyOf(options);
        if (options.size() != 4 || correct < 0 || correct > 3) {
            throw new IllegalArgumentException("a quiz question has four options and one right answer");
        }
    }

    public String answer() {
        return options.get(correct);
    }
}
