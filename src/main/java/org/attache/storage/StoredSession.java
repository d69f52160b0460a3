package org.attache.storage;

import java.util.Optional;

/**
 * A quiz session as stored.
 *
 * @param id            the session's id (it appears in button ids, so clicks find it after a restart)
 * @param guildId       the guild, empty for a solo quiz in a direct message
 * @param channelId     where it runs (one running session per channel)
 * @param starterId     who started it
 * @param seed          the shuffle seed that reproduces the quiz
 * @param questionCount how many questions it has
 * @param seconds       seconds per question, empty when the host paces it
 * @param status        running, finished, stopped or interrupted
 * @param currentIndex  the question being asked (0-based)
 * @param startedAt     epoch milliseconds
 * @param endedAt       epoch milliseconds, when ended
 */
public record StoredSession(String id, Optional<String> guildId, String channelId, String starterId, long seed,
                            int questionCount, Optional<Integer> seconds, String status, int currentIndex,
                            long startedAt, Optional<Long> endedAt) {
    public static final String RUNNING = "running";
}
