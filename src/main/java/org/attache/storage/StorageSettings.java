package org.attache.storage;

import java.util.Optional;

/**
 * Where quiz state is kept: a JDBC URL, SQLite by default, PostgreSQL for several bot processes sharing one
 * database ({@code storage.url}, {@code ATTACHE_DB_URL}); user and password only from the environment
 * ({@code ATTACHE_DB_USER}, {@code ATTACHE_DB_PASSWORD}) and never logged.
 */
public record StorageSettings(String url, Optional<String> user, Optional<String> password) {
    @Override
    public String toString() {
        // the password is a secret: it never reaches a log line through this record
        return "StorageSettings[url=" + url + ", user=" + user.orElse("") + "]";
    }
}
