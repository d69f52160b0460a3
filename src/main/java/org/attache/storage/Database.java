package org.attache.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database behind the quiz store: SQLite or PostgreSQL, chosen by the JDBC URL, its schema brought up to date
 * by the Flyway migrations in {@code db/migration} when opened. The same SQL serves both.
 */
public final class Database {
    /** Connections kept open to PostgreSQL: enough for a burst of clicks on two cores. */
    private static final int POSTGRES_POOL_SIZE = 8;
    /** How long SQLite waits for another writer before giving up. */
    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    private final DataSource dataSource;
    private final boolean sqlite;

    private Database(DataSource dataSource, boolean sqlite) {
        this.dataSource = dataSource;
        this.sqlite = sqlite;
    }

    /** Opens a store that never held fact ids of the old form (see {@link FactIdRenames}). */
    public static Database open(StorageSettings settings) {
        return open(settings, FactIdRenames.none());
    }

    /**
     * Opens the store and brings its schema up to date; fact ids of the old form are renamed as {@code renames}
     * says (migration 2, applied once).
     */
    public static Database open(StorageSettings settings, FactIdRenames renames) {
        Database database;
        if (settings.url().startsWith("jdbc:sqlite:")) {
            createFolderOf(settings.url().substring("jdbc:sqlite:".length()));
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
            config.enforceForeignKeys(true);
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl(settings.url());
            database = new Database(source, true);
        } else if (settings.url().startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setUrl(settings.url());
            settings.user().ifPresent(source::setUser);
            settings.password().ifPresent(source::setPassword);
            HikariConfig pool = new HikariConfig();
            pool.setDataSource(source);
            pool.setMaximumPoolSize(POSTGRES_POOL_SIZE);
            pool.setPoolName("attache-postgresql");
            database = new Database(new HikariDataSource(pool), false);
        } else {
            throw new IllegalArgumentException("storage.url must be a jdbc:sqlite: or jdbc:postgresql: URL");
        }
        Flyway.configure().dataSource(database.dataSource).locations("classpath:db/migration")
                .javaMigrations(new V2__StableFactIds(renames)).load().migrate();
        return database;
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    boolean isSqlite() {
        return sqlite;
    }

    private static void createFolderOf(String file) {
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the database " + file, e);
        }
    }
}
