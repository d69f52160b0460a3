package org.attache.storage;

import java.util.Optional;

/** One user's answer to one question: the first click counts, later ones are refused. */
public record StoredAnswer(String sessionId, int questionIndex, String userId, Optional<String> guildId,
                           int chosenOption, boolean correct, int points, long answeredAt) {
}
