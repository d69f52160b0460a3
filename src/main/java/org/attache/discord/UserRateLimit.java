package org.attache.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many questions one user may ask per minute ({@code discord.questions-per-minute}), so one person cannot
 * flood a channel. Counts live for a minute from a user's first question in the window.
 */
final class UserRateLimit {
    private final int perMinute;
    private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();

    UserRateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts a question; false when the user has already asked their share this minute. */
    boolean allow(String userId) {
        return counts.get(userId, id -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }

    static String message() {
        return "You're asking faster than I can keep up with: please try again in a minute.";
    }
}
