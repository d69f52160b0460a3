package org.attache.quiz;

import org.attache.TestCorpus;
import org.attache.fact.ClaimCheck;
import org.attache.fact.Fact;
import org.attache.fact.FactType;
import org.attache.fact.RelationsDataset;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 200 quiz questions over the corpus: each from a fact its own sentence bears out, and no wrong option that a fact
 * of the dataset states for the same question, either way round. Writes them to target/corpus-quiz.txt to be read.
 */
class CorpusQuizTest {
    private static final RelationsDataset DATASET = TestCorpus.withBundled();

    @Test
    void twoHundredQuestionsFromCheckedFactsWithFalseDistractors() throws IOException {
        List<QuizQuestion> questions = new QuestionGenerator(DATASET)
                .generate(new QuizFilter(Optional.empty(), Optional.empty(), 200, 2026));
        assertEquals(200, questions.size());
        ClaimCheck claims = new ClaimCheck(DATASET.gazetteer());
        List<String> lines = new ArrayList<>();
        for (QuizQuestion question : questions) {
            Fact fact = question.fact();
            assertTrue(claims.holds(fact), fact.statement());
            for (int i = 0; i < 4; i++) {
                if (i != question.correct()) {
                    assertFalse(statedForTheSameQuestion(fact, question.options().get(i)),
                            question.prompt() + " offers " + question.options().get(i) + " as wrong");
                    // a body nearly every state is in is never offered as one the country is not in
                    String option = question.options().get(i);
                    assertFalse(fact.type() == FactType.MEMBERSHIP && DATASET.gazetteer().resolve(option)
                            .map(e -> e.isWorldwide()).orElse(false), question.prompt() + " offers " + option);
                    // nor a body of the country's own region, nor one of members from everywhere (the Francophonie)
                    assertFalse(fact.type() == FactType.MEMBERSHIP && DATASET.gazetteer().resolve(option)
                            .map(e -> DATASET.gazetteer().region(e.id()).map(r -> regionsOf(fact.subject()).contains(r))
                                    .orElse(true)).orElse(true), question.prompt() + " offers " + option);
                }
            }
            lines.add(question.prompt() + " " + question.options() + " → " + question.answer() + "  | "
                    + fact.provenance().article() + ": " + fact.provenance().sentence());
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "corpus-quiz.txt"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void aCityTheOwnersOwnSentenceNamesBesideAMissionWordIsNeverAWrongOption() {
        // "Bolivia has an embassy in Madrid and a consulate-general in Barcelona and consulates in Bilbao, Murcia,
        // Seville and Valencia and a vice-consulate in Palma": Palma de Mallorca is never offered as wrong
        org.attache.gazetteer.EntityId bolivia = DATASET.gazetteer().country("Bolivia").orElseThrow().id();
        for (long seed = 0; seed < 40; seed++) {
            for (QuizQuestion question : new QuestionGenerator(DATASET).generate(new QuizFilter(Optional.of(bolivia),
                    Optional.of(Topic.MISSIONS), 20, seed))) {
                if (question.prompt().contains("Bolivia") && question.prompt().endsWith("in Spain?")) {
                    assertFalse(question.options().contains("Palma de Mallorca") && !question.answer()
                            .equals("Palma de Mallorca"), question.prompt() + " " + question.options());
                }
            }
        }
    }

    /** The regions of the regional bodies the country is said to belong to. */
    private static java.util.Set<org.attache.gazetteer.WorldRegion> regionsOf(org.attache.gazetteer.EntityId country) {
        java.util.Set<org.attache.gazetteer.WorldRegion> regions = new java.util.HashSet<>();
        DATASET.factsAbout(country).stream()
                .filter(f -> f.type() == FactType.MEMBERSHIP && f.subject().equals(country))
                .forEach(f -> DATASET.gazetteer().region(f.counterpart()).ifPresent(regions::add));
        return regions;
    }

    /** True when a fact between the same two parties, of the same type, gives this option as its answer. */
    private static boolean statedForTheSameQuestion(Fact fact, String option) {
        return DATASET.factsBetween(fact.subject(), fact.counterpart()).stream()
                .filter(f -> f.type() == fact.type())
                .anyMatch(f -> f.name().map(option::equals).orElse(false)
                        || f.date().flatMap(d -> d.year().isPresent() ? Optional.of(d.year().getAsInt())
                        : Optional.empty()).map(y -> String.valueOf(y).equals(option)).orElse(false)
                        && f.kind() == fact.kind())
                || fact.type() == FactType.MEMBERSHIP && DATASET.factsAbout(fact.subject()).stream()
                .anyMatch(f -> f.type() == FactType.MEMBERSHIP && f.subject().equals(fact.subject())
                        && DATASET.name(f.counterpart()).equals(option));
    }
}
