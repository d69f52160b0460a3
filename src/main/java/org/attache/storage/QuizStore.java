package org.attache.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Quiz sessions, questions, answer clicks, scores and flags, through plain JDBC on SQLite or PostgreSQL. Every
 * write is one statement, and "one answer per user per question" is the table's primary key, so clicks from
 * several bot processes sharing one database are neither lost nor counted twice.
 */
public final class QuizStore {
    private final Database database;

    public QuizStore(Database database) {
        this.database = database;
    }

    private static final String INSERT_SESSION = "INSERT INTO quiz_session (id, guild_id, channel_id, starter_id,"
            + " seed, question_count, seconds, status, current_index, started_at, ended_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_QUESTION = "INSERT INTO quiz_question (session_id, question_index, fact_id,"
            + " topic, prompt, options, correct_option, asked_at, revealed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Starts a session with its questions, in one transaction: false, and nothing written, when a quiz already runs
     * in its channel. The database decides (one running session per channel is a unique index), so two processes,
     * or two clicks, starting at once start one quiz.
     */
    public boolean startSession(StoredSession s, List<StoredQuestion> questions) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                int inserted;
                try (PreparedStatement st = prepare(c, INSERT_SESSION + " ON CONFLICT DO NOTHING", sessionValues(s))) {
                    inserted = st.executeUpdate();
                }
                if (inserted == 0) {
                    c.rollback();
                    return false;
                }
                for (StoredQuestion q : questions) {
                    try (PreparedStatement st = prepare(c, INSERT_QUESTION, questionValues(q))) {
                        st.executeUpdate();
                    }
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot start a quiz", e);
        }
    }

    private static Object[] sessionValues(StoredSession s) {
        return new Object[] {s.id(), s.guildId().orElse(null), s.channelId(), s.starterId(), s.seed(),
                s.questionCount(), s.seconds().orElse(null), s.status(), s.currentIndex(), s.startedAt(),
                s.endedAt().orElse(null)};
    }

    private static Object[] questionValues(StoredQuestion q) {
        return new Object[] {q.sessionId(), q.index(), q.factId(), q.topic(), q.prompt(), String.join("\n", q.options()),
                q.correctOption(), q.askedAt(), q.revealedAt().orElse(null)};
    }

    public Optional<StoredSession> session(String id) {
        return query("SELECT * FROM quiz_session WHERE id = ?", QuizStore::session, id).stream().findFirst();
    }

    /** The session running in a channel, if any. */
    public Optional<StoredSession> runningIn(String channelId) {
        return query("SELECT * FROM quiz_session WHERE channel_id = ? AND status = ?", QuizStore::session,
                channelId, StoredSession.RUNNING).stream().findFirst();
    }

    /** Every session still marked running (after a restart: to resume or close). */
    public List<StoredSession> running() {
        return query("SELECT * FROM quiz_session WHERE status = ?", QuizStore::session, StoredSession.RUNNING);
    }

    /**
     * Moves a running session on from question {@code from}, once: to {@code to} (still running), or to its end.
     * False when it had moved already, or stopped: another process or thread moved it, and posts what follows.
     */
    public boolean moveOn(String sessionId, int from, int to, String status, Optional<Long> endedAt) {
        return update("UPDATE quiz_session SET current_index = ?, status = ?, ended_at = ? WHERE id = ?"
                + " AND current_index = ? AND status = ?", to, status, endedAt.orElse(null), sessionId, from,
                StoredSession.RUNNING) == 1;
    }

    public void updateProgress(String sessionId, int currentIndex, String status, Optional<Long> endedAt) {
        update("UPDATE quiz_session SET current_index = ?, status = ?, ended_at = ? WHERE id = ?", currentIndex,
                status, endedAt.orElse(null), sessionId);
    }

    public Optional<StoredQuestion> question(String sessionId, int index) {
        return query("SELECT * FROM quiz_question WHERE session_id = ? AND question_index = ?", QuizStore::question,
                sessionId, index).stream().findFirst();
    }

    /** Notes when a question became the one being asked. */
    public void markAsked(String sessionId, int index, long at) {
        update("UPDATE quiz_question SET asked_at = ? WHERE session_id = ? AND question_index = ?", at, sessionId,
                index);
    }

    /** A user's answers in a session, in question order (for streaks). */
    public List<StoredAnswer> answersOf(String sessionId, String userId) {
        return query("SELECT * FROM quiz_answer WHERE session_id = ? AND user_id = ? ORDER BY question_index",
                QuizStore::answer, sessionId, userId);
    }

    /** Marks a question revealed; false when it already was (so only one reveal is ever posted). */
    public boolean markRevealed(String sessionId, int index, long at) {
        return update("UPDATE quiz_question SET revealed_at = ? WHERE session_id = ? AND question_index = ?"
                + " AND revealed_at IS NULL", at, sessionId, index) == 1;
    }

    /** Records a click; false when this user already answered this question (the first answer stands). */
    public boolean recordAnswer(StoredAnswer a) {
        return update("INSERT INTO quiz_answer (session_id, question_index, user_id, guild_id, chosen_option, correct,"
                        + " points, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                a.sessionId(), a.questionIndex(), a.userId(), a.guildId().orElse(null), a.chosenOption(),
                a.correct() ? 1 : 0, a.points(), a.answeredAt()) == 1;
    }

    public List<StoredAnswer> answers(String sessionId, int index) {
        return query("SELECT * FROM quiz_answer WHERE session_id = ? AND question_index = ? ORDER BY answered_at",
                QuizStore::answer, sessionId, index);
    }

    /** A session's ranking, most points first. */
    public List<Score> ranking(String sessionId) {
        return query("SELECT user_id, COUNT(*) AS answered, SUM(correct) AS correct, SUM(points) AS points"
                + " FROM quiz_answer WHERE session_id = ? GROUP BY user_id ORDER BY points DESC, correct DESC,"
                + " user_id", QuizStore::score, sessionId);
    }

    /** A guild's leaderboard since a time (epoch milliseconds; 0 for all time), most points first. */
    public List<Score> leaderboard(String guildId, long since, int limit) {
        return query("SELECT user_id, COUNT(*) AS answered, SUM(correct) AS correct, SUM(points) AS points"
                + " FROM quiz_answer WHERE guild_id = ? AND answered_at >= ? GROUP BY user_id"
                + " ORDER BY points DESC, correct DESC, user_id LIMIT ?", QuizStore::score, guildId, since, limit);
    }

    /** Every answer a user gave in a guild, oldest first, with the topic of its question (for stats). */
    public List<TopicAnswer> history(String guildId, String userId) {
        return query("SELECT a.correct AS correct, q.topic AS topic FROM quiz_answer a JOIN quiz_question q"
                + " ON q.session_id = a.session_id AND q.question_index = a.question_index"
                + " WHERE a.guild_id = ? AND a.user_id = ? ORDER BY a.answered_at, a.question_index",
                rs -> new TopicAnswer(rs.getString("topic"), rs.getInt("correct") == 1), guildId, userId);
    }

    /** An answer's topic and whether it was right. */
    public record TopicAnswer(String topic, boolean correct) {
    }

    public void flag(String sessionId, int index, String userId, Optional<String> guildId, String factId, long at) {
        update("INSERT INTO quiz_flag (session_id, question_index, user_id, guild_id, fact_id, flagged_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", sessionId, index, userId,
                guildId.orElse(null), factId, at);
    }

    /** The facts users of a guild flagged as wrong, with how many flags each, most flagged first. */
    public List<FlaggedFact> flags(String guildId) {
        return query("SELECT fact_id, COUNT(*) AS flags FROM quiz_flag WHERE guild_id = ? GROUP BY fact_id"
                + " ORDER BY flags DESC, fact_id", rs -> new FlaggedFact(rs.getString("fact_id"), rs.getInt("flags")),
                guildId);
    }

    /** A fact flagged as wrong, and by how many. */
    public record FlaggedFact(String factId, int flags) {
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = database.connection(); PreparedStatement st = prepare(c, sql, parameters)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot write to the quiz store", e);
        }
    }

    private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection c = database.connection(); PreparedStatement st = prepare(c, sql, parameters);
             ResultSet rs = st.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new StorageException("cannot read the quiz store", e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p == null) {
                st.setNull(i + 1, Types.NULL);
            } else if (p instanceof Integer n) {
                st.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                st.setLong(i + 1, n);
            } else {
                st.setString(i + 1, p.toString());
            }
        }
        return st;
    }

    private static StoredSession session(ResultSet rs) throws SQLException {
        return new StoredSession(rs.getString("id"), Optional.ofNullable(rs.getString("guild_id")),
                rs.getString("channel_id"), rs.getString("starter_id"), rs.getLong("seed"), rs.getInt("question_count"),
                optionalInt(rs, "seconds"), rs.getString("status"), rs.getInt("current_index"),
                rs.getLong("started_at"), optionalLong(rs, "ended_at"));
    }

    private static StoredQuestion question(ResultSet rs) throws SQLException {
        return new StoredQuestion(rs.getString("session_id"), rs.getInt("question_index"), rs.getString("fact_id"),
                rs.getString("topic"), rs.getString("prompt"), Arrays.asList(rs.getString("options").split("\n")),
                rs.getInt("correct_option"), rs.getLong("asked_at"), optionalLong(rs, "revealed_at"));
    }

    private static StoredAnswer answer(ResultSet rs) throws SQLException {
        return new StoredAnswer(rs.getString("session_id"), rs.getInt("question_index"), rs.getString("user_id"),
                Optional.ofNullable(rs.getString("guild_id")), rs.getInt("chosen_option"), rs.getInt("correct") == 1,
                rs.getInt("points"), rs.getLong("answered_at"));
    }

    private static Score score(ResultSet rs) throws SQLException {
        return new Score(rs.getString("user_id"), rs.getInt("answered"), rs.getInt("correct"), rs.getInt("points"));
    }

    private static Optional<Integer> optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
