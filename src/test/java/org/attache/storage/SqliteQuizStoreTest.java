package org.attache.storage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

/** The quiz store on SQLite, the default: a file, here in a temporary folder. */
class SqliteQuizStoreTest extends QuizStoreContract {
    @TempDir
    static Path folder;
    private static QuizStore store;
    private static QuizStore second;
    private static StorageSettings settings;

    @BeforeAll
    static void open() {
        settings = new StorageSettings("jdbc:sqlite:" + folder.resolve("state/attache.db"),
                Optional.empty(), Optional.empty());
        store = new QuizStore(Database.open(settings));
        second = new QuizStore(Database.open(settings));
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
