package org.attache.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.util.Optional;

/** The quiz store on a real PostgreSQL (17, started from Maven Central binaries for the test). */
class PostgresQuizStoreTest extends QuizStoreContract {
    private static EmbeddedPostgres postgres;
    private static QuizStore store;
    private static QuizStore second;
    private static StorageSettings settings;

    @BeforeAll
    static void open() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        settings = new StorageSettings(postgres.getJdbcUrl("postgres", "postgres"),
                Optional.of("postgres"), Optional.empty());
        store = new QuizStore(Database.open(settings));
        second = new QuizStore(Database.open(settings));
    }

    @AfterAll
    static void close() throws IOException {
        postgres.close();
    }

    @Override
    QuizStore store() {
        return store;
    }

    @Override
    QuizStore secondProcess() {
        return second;
    }

    @Override
    StorageSettings settings() {
        return settings;
    }
}
