package org.attache.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answer clicks recorded per second on SQLite (a file, WAL) and on PostgreSQL (17.5, embedded), four threads
 * clicking at once; every click is a new user on a fresh question, so each one is a real insert.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Threads(4)
public class AnswerClickBenchmark {
    @Param({"sqlite", "postgresql"})
    public String database;

    private EmbeddedPostgres postgres;
    private Path folder;
    private QuizStore store;
    private String sessionId;
    private final AtomicLong users = new AtomicLong();

    @Setup(Level.Trial)
    public void open() throws IOException {
        StorageSettings settings;
        if (database.equals("postgresql")) {
            postgres = EmbeddedPostgres.builder().start();
            settings = new StorageSettings(postgres.getJdbcUrl("postgres", "postgres"), Optional.of("postgres"),
                    Optional.empty());
        } else {
            folder = Files.createTempDirectory("attache-clicks");
            settings = new StorageSettings("jdbc:sqlite:" + folder.resolve("clicks.db"), Optional.empty(),
                    Optional.empty());
        }
        store = new QuizStore(Database.open(settings));
        sessionId = UUID.randomUUID().toString();
        store.startSession(new StoredSession(sessionId, Optional.of("guild"), "channel-" + sessionId, "host", 1, 1,
                Optional.of(30), StoredSession.RUNNING, 0, 0, Optional.empty()), List.of(new StoredQuestion(sessionId,
                0, "fact", "missions", "Where?", List.of("A", "B", "C", "D"), 0, 0, Optional.empty())));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Benchmark
    public boolean recordAClick() {
        String user = "user-" + users.incrementAndGet();
        return store.recordAnswer(new StoredAnswer(sessionId, 0, user, Optional.of("guild"), 0, true, 10,
                System.currentTimeMillis()));
    }
}
