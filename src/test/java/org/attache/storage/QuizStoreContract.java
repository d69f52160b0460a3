package org.attache.storage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the quiz store must do, on every database it runs on. */
abstract class QuizStoreContract {
    /** The store on a fresh, migrated database. */
    abstract QuizStore store();

    /** A second store on the same database, as a second bot process would have. */
    abstract QuizStore secondProcess();

    private static StoredSession session(String id, String channel) {
        return new StoredSession(id, Optional.of("guild-1"), channel, "starter", 42, 3, Optional.of(30),
                StoredSession.RUNNING, 0, 1_000, Optional.empty());
    }

    private static StoredQuestion question(String session, int index) {
        return new StoredQuestion(session, index, "fact-" + index, "missions", "Where …?",
                List.of("Madrid", "Barcelona", "Seville", "Bilbao"), 1, 2_000, Optional.empty());
    }

    private static StoredAnswer click(String session, int index, String user, int option, long at) {
        return new StoredAnswer(session, index, user, Optional.of("guild-1"), option, option == 1, option == 1 ? 10 : 0,
                at);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    @Test
    void keepsSessionsAndQuestionsAsStored() {
        String id = newId();
        store().createSession(session(id, "channel-" + id));
        store().saveQuestion(question(id, 0));
        assertEquals(Optional.of(session(id, "channel-" + id)), store().session(id));
        assertEquals(Optional.of(question(id, 0)), store().question(id, 0));
        assertEquals(id, store().runningIn("channel-" + id).orElseThrow().id());
    }

    @Test
    void theFirstClickOfAUserStandsAndASecondIsRefused() {
        String id = newId();
        store().createSession(session(id, "c-" + id));
        store().saveQuestion(question(id, 0));
        assertTrue(store().recordAnswer(click(id, 0, "alice", 1, 3_000)));
        assertFalse(store().recordAnswer(click(id, 0, "alice", 2, 3_100)));
        assertEquals(List.of(click(id, 0, "alice", 1, 3_000)), store().answers(id, 0));
    }

    @Test
    void aQuestionIsRevealedOnceOnly() {
        String id = newId();
        store().createSession(session(id, "c-" + id));
        store().saveQuestion(question(id, 0));
        assertTrue(store().markRevealed(id, 0, 5_000));
        assertFalse(secondProcess().markRevealed(id, 0, 5_001));
    }

    @Test
    void ranksASessionAndAGuildByPoints() {
        String id = newId();
        store().createSession(session(id, "c-" + id));
        store().saveQuestion(question(id, 0));
        store().saveQuestion(question(id, 1));
        store().recordAnswer(click(id, 0, "alice", 1, 3_000));
        store().recordAnswer(click(id, 0, "bob", 0, 3_000));
        store().recordAnswer(click(id, 1, "bob", 1, 4_000));
        store().recordAnswer(click(id, 1, "alice", 1, 4_000));
        List<Score> ranking = store().ranking(id);
        assertEquals(new Score("alice", 2, 2, 20), ranking.get(0));
        assertEquals(new Score("bob", 2, 1, 10), ranking.get(1));
        assertEquals(50.0, ranking.get(1).accuracyPercent());
        assertTrue(store().leaderboard("guild-1", 0, 10).stream().anyMatch(s -> s.userId().equals("alice")));
        assertTrue(store().leaderboard("guild-1", 10_000, 10).stream().noneMatch(s -> s.userId().equals("alice")),
                "a period leaves out older answers");
    }

    @Test
    void fiftyUsersOfTwoProcessesClickingAtOnceAreAllRecordedOnce() throws Exception {
        String id = newId();
        store().createSession(session(id, "c-" + id));
        store().saveQuestion(question(id, 0));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        List<Future<?>> clicks = new ArrayList<>();
        for (int user = 0; user < 50; user++) {
            for (int attempt = 0; attempt < 2; attempt++) {
                String who = "user-" + user;
                QuizStore process = attempt == 0 ? store() : secondProcess();
                clicks.add(pool.submit(() -> {
                    start.await();
                    if (process.recordAnswer(click(id, 0, who, 1, 3_000))) {
                        accepted.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> click : clicks) {
            click.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(50, accepted.get(), "each user's first click, and only that");
        assertEquals(50, store().answers(id, 0).size());
    }

    @Test
    void flagsAreListedPerFactForModerators() {
        String id = newId();
        store().createSession(session(id, "c-" + id));
        store().saveQuestion(question(id, 0));
        store().flag(id, 0, "alice", Optional.of("guild-flags"), "fact-0", 6_000);
        store().flag(id, 0, "alice", Optional.of("guild-flags"), "fact-0", 6_001);
        store().flag(id, 0, "bob", Optional.of("guild-flags"), "fact-0", 6_002);
        assertEquals(List.of(new QuizStore.FlaggedFact("fact-0", 2)), store().flags("guild-flags"));
    }
}
