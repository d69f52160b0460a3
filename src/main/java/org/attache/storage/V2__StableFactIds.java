package org.attache.storage;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flyway migration 2: the fact ids quiz questions and flags hold, from the old form to the stable one. Written in
 * Java because the new ids are hashes SQL cannot compute portably; the renames come from the facts loaded now. An
 * id no loaded fact had stays as it was (its fact is gone either way).
 */
// the class is named as Flyway wants a migration named: its version and description
final class V2__StableFactIds extends BaseJavaMigration {
    private static final List<String> TABLES = List.of("quiz_question", "quiz_flag");

    private final FactIdRenames renames;

    V2__StableFactIds(FactIdRenames renames) {
        this.renames = renames;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String table : TABLES) {
            List<String> stored = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT fact_id FROM " + table);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET fact_id = ? WHERE fact_id = ?")) {
                for (String old : stored) {
                    var renamed = renames.renamed(old);
                    if (renamed.isPresent()) {
                        update.setString(1, renamed.get());
                        update.setString(2, old);
                        update.addBatch();
                    }
                }
                update.executeBatch();
            }
        }
    }
}
