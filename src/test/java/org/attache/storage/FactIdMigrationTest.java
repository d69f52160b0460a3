package org.attache.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.attache.TestDataset;
import org.attache.fact.Fact;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A store written before fact ids were stable keeps its questions and flags: their ids are brought over. */
class FactIdMigrationTest {
    @TempDir
    Path folder;

    @Test
    void storedFactIdsOfTheOldFormBecomeStableIdsOnSqlite() throws SQLException {
        String url = "jdbc:sqlite:" + folder.resolve("old.db");
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl(url);
        assertMigrated(source, new StorageSettings(url, Optional.empty(), Optional.empty()));
    }

    @Test
    void storedFactIdsOfTheOldFormBecomeStableIdsOnPostgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            assertMigrated(postgres.getPostgresDatabase(), new StorageSettings(
                    postgres.getJdbcUrl("postgres", "postgres"), Optional.of("postgres"), Optional.empty()));
        }
    }

    private static void assertMigrated(DataSource source, StorageSettings settings) throws SQLException {
        List<Fact> facts = TestDataset.bundled().facts();
        Fact asked = facts.get(0);
        Fact flagged = facts.get(facts.size() - 1);
        String oldAsked = FactIdRenames.oldId(asked);
        String oldFlagged = FactIdRenames.oldId(flagged);
        assertNotEquals(oldAsked, asked.id().value());
        // a store as the previous version left it: schema 1, ids of the old form
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = source.getConnection()) {
            execute(c, "INSERT INTO quiz_session VALUES ('s1', 'g', 'c', 'u', 1, 2, NULL, 'running', 0, 0, NULL)");
            execute(c, "INSERT INTO quiz_question VALUES ('s1', 0, '" + oldAsked + "', 'relations', 'p', 'a', 0, 0,"
                    + " NULL)");
            execute(c, "INSERT INTO quiz_question VALUES ('s1', 1, 'gone-fact', 'relations', 'p', 'a', 0, 0, NULL)");
            execute(c, "INSERT INTO quiz_flag VALUES ('s1', 0, 'u', 'g', '" + oldFlagged + "', 0)");
        }

        Database.open(settings, FactIdRenames.of(facts));

        try (Connection c = source.getConnection()) {
            assertEquals(List.of(asked.id().value(), "gone-fact"),
                    column(c, "SELECT fact_id FROM quiz_question ORDER BY question_index"));
            assertEquals(List.of(flagged.id().value()), column(c, "SELECT fact_id FROM quiz_flag"));
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
