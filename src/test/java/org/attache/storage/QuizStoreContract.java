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

    /** Where the store is, for processes of their own. */
    abstract StorageSettings settings();

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
        assertTrue(store().startSession(session(id, "channel-" + id), List.of(question(id, 0))));
        assertEquals(Optional.of(session(id, "channel-" + id)), store().session(id));
        assertEquals(Optional.of(question(id, 0)), store().question(id, 0));
        assertEquals(id, store().runningIn("channel-" + id).orElseThrow().id());
    }

    @Test
    void theFirstClickOfAUserStandsAndASecondIsRefused() {
        String id = newId();
        assertTrue(store().startSession(session(id, "c-" + id), List.of(question(id, 0))));
        assertTrue(store().recordAnswer(click(id, 0, "alice", 1, 3_000)));
        assertFalse(store().recordAnswer(click(id, 0, "alice", 2, 3_100)));
        assertEquals(List.of(click(id, 0, "alice", 1, 3_000)), store().answers(id, 0));
    }

    @Test
    void aQuestionIsRevealedOnceOnly() {
        String id = newId();
        assertTrue(store().startSession(session(id, "c-" + id), List.of(question(id, 0))));
        assertTrue(store().markRevealed(id, 0, 5_000));
        assertFalse(secondProcess().markRevealed(id, 0, 5_001));
    }

    @Test
    void ranksASessionAndAGuildByPoints() {
        String id = newId();
        assertTrue(store().startSession(session(id, "c-" + id), List.of(question(id, 0), question(id, 1))));
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
    void twoProcessesStartingQuizzesInTheSameChannelsAtOnceStartOneQuizPerChannel() throws Exception {
        String prefix = "race-" + newId() + "-";
        int channels = 30;
        List<Process> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), QuizStartRace.class.getName(),
                    settings().url(), settings().user().orElse("-"), prefix, String.valueOf(channels))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        List<java.io.BufferedReader> outputs = new ArrayList<>();
        for (Process racer : racers) {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
                    racer.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            outputs.add(out);
        }
        for (Process racer : racers) {
            racer.getOutputStream().write("go\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            racer.getOutputStream().flush();
        }
        List<String> won = new ArrayList<>();
        for (int i = 0; i < racers.size(); i++) {
            outputs.get(i).lines().filter(line -> line.startsWith("won ")).forEach(won::add);
            assertTrue(racers.get(i).waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, racers.get(i).exitValue());
        }
        assertEquals(channels, new java.util.HashSet<>(won).size(), "every channel won");
        assertEquals(channels, won.size(), "no channel won twice");
        assertEquals(channels, store().running().stream().filter(s -> s.channelId().startsWith(prefix)).count());
        assertTrue(store().running().stream().filter(s -> s.channelId().startsWith(prefix))
                .allMatch(s -> store().question(s.id(), 0).isPresent()), "every winner has its question");
    }

    @Test
    void aQuizCannotStartInAChannelWhereOneRuns() {
        String channel = "c-" + newId();
        String first = newId();
        assertTrue(store().startSession(session(first, channel), List.of(question(first, 0))));
        String second = newId();
        assertFalse(secondProcess().startSession(session(second, channel), List.of(question(second, 0))));
        assertTrue(store().session(second).isEmpty() && store().question(second, 0).isEmpty(), "nothing written");
        store().updateProgress(first, 0, "finished", Optional.of(5_000L));
        assertTrue(secondProcess().startSession(session(second, channel), List.of(question(second, 0))),
                "once the first is over, a new one starts");
    }

    @Test
    void fiftyUsersOfTwoProcessesClickingAtOnceAreAllRecordedOnce() throws Exception {
        String id = newId();
        assertTrue(store().startSession(session(id, "c-" + id), List.of(question(id, 0))));
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
        assertTrue(store().startSession(session(id, "c-" + id), List.of(question(id, 0))));
        store().flag(id, 0, "alice", Optional.of("guild-flags"), "fact-0", 6_000);
        store().flag(id, 0, "alice", Optional.of("guild-flags"), "fact-0", 6_001);
        store().flag(id, 0, "bob", Optional.of("guild-flags"), "fact-0", 6_002);
        assertEquals(List.of(new QuizStore.FlaggedFact("fact-0", 2)), store().flags("guild-flags"));
    }
}
