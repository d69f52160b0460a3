package org.attache.quiz;

import org.attache.TestDataset;
import org.attache.storage.Database;
import org.attache.storage.QuizStore;
import org.attache.storage.StorageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A quiz from start to ranking on a real SQLite file, including a restart between two clicks. */
class QuizServiceTest {
    @TempDir
    Path folder;

    private QuizService service(Clock clock) {
        StorageSettings settings = new StorageSettings("jdbc:sqlite:" + folder.resolve("quiz.db"), Optional.empty(),
                Optional.empty());
        return new QuizService(TestDataset.bundled(), new QuizStore(Database.open(settings)), Scoring.DEFAULT, clock);
    }

    private static Clock at(long millis) {
        return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    private static int wrong(AskedQuestion q) {
        return (q.correctOption() + 1) % 4;
    }

    @Test
    void aQuizRunsFromFirstQuestionToRankingAndSurvivesARestart() {
        QuizService first = service(at(1_000));
        QuizService.Start start = first.start("channel", Optional.of("guild"), "host",
                new QuizFilter(Optional.of(org.attache.TestDataset.id("Ecuador")), Optional.empty(), 2, 99), Optional.of(30));
        assertFalse(start.alreadyRunning());
        AskedQuestion q0 = start.first().orElseThrow();
        String id = start.session().id();
        assertTrue(first.factOf(q0).isPresent(), "the question carries its fact");

        assertEquals(QuizService.Click.RECORDED_RIGHT, first.answer(id, "channel", 0, "alice", q0.correctOption()));
        assertEquals(QuizService.Click.ALREADY_ANSWERED, first.answer(id, "channel", 0, "alice", wrong(q0)));
        assertTrue(first.start("channel", Optional.of("guild"), "bob",
                new QuizFilter(Optional.empty(), Optional.empty(), 5, 1), Optional.empty()).alreadyRunning(),
                "one quiz per channel");

        // the bot restarts: a new service on the same database carries on
        QuizService restarted = service(at(2_000));
        assertEquals(QuizService.Click.RECORDED_WRONG, restarted.answer(id, "channel", 0, "bob", wrong(q0)));
        assertTrue(restarted.reveal(id, 0).isPresent());
        assertTrue(restarted.reveal(id, 0).isEmpty(), "revealed once");
        assertEquals(QuizService.Click.TOO_LATE, restarted.answer(id, "channel", 0, "carol", q0.correctOption()));
        assertEquals(List.of("alice"), restarted.rightAnswerers(id, 0));

        AskedQuestion q1 = ((QuizService.Advance.Next) restarted.advance(id, 0)).question();
        assertTrue(restarted.advance(id, 0) instanceof QuizService.Advance.AlreadyMoved, "moved on once");
        assertEquals(QuizService.Click.RECORDED_RIGHT, restarted.answer(id, "channel", 1, "alice", q1.correctOption()));
        assertTrue(restarted.advance(id, 1) instanceof QuizService.Advance.Finished, "the quiz is over");

        List<Standing> ranking = restarted.ranking(id);
        assertEquals("alice", ranking.get(0).userId());
        assertEquals(2, ranking.get(0).correct());
        assertTrue(ranking.get(0).points() > 20, "speed and streak bonuses: " + ranking.get(0));
        assertEquals(new Standing("bob", 1, 0, 0), ranking.get(1));

        PlayerStats alice = restarted.stats("guild", "alice");
        assertEquals(2, alice.answered());
        assertEquals(2, alice.streak());
        assertEquals(100.0, alice.accuracyPercent());
        PlayerStats bob = restarted.stats("guild", "bob");
        assertEquals(0, bob.streak());
        assertEquals(Optional.of(q0.topic()), bob.weakestTopic());
        assertEquals("alice", restarted.leaderboard("guild", 0).get(0).userId());
    }

    @Test
    void onlyTheStarterOrAModeratorStopsAQuiz() {
        QuizService service = service(at(1_000));
        String id = service.start("c2", Optional.of("guild"), "host", new QuizFilter(Optional.empty(),
                Optional.empty(), 3, 5), Optional.empty()).session().id();
        assertFalse(service.stop(id, "someone", false));
        assertTrue(service.stop(id, "someone", true));
        assertEquals(QuizService.Click.TOO_LATE, service.answer(id, "c2", 0, "alice", 0));
    }
}
