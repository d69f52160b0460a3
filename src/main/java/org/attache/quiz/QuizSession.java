package org.attache.quiz;

import java.util.Optional;

/**
 * A quiz as its front ends see it.
 *
 * @param id            the session's id (buttons name it, so clicks find it after a restart)
 * @param guildId       the server, empty for a solo quiz in a direct message
 * @param channelId     where it runs (one running quiz per channel)
 * @param starterId     who started it: the host, who may press Next and stop it
 * @param questionCount how many questions it has
 * @param seconds       seconds per question, empty when the host paces it
 * @param currentIndex  the question being asked, from 0
 */
public record QuizSession(String id, Optional<String> guildId, String channelId, String starterId, int questionCount,
                          Optional<Integer> seconds, int currentIndex) {
}
