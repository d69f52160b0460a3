package org.attache.discord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** How long each interaction the benchmarks fired took to be acknowledged, from the double's records. */
final class Acknowledgements {
    private Acknowledgements() {
    }

    /**
     * Waits until every interaction in {@code sent} (id → nanoTime it was dispatched) has its callback recorded
     * after the first {@code from} requests, and returns the times in milliseconds, sorted.
     */
    static List<Long> await(DiscordApiDouble discord, int from, Map<String, Long> sent) throws InterruptedException {
        List<Long> millis = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (millis.size() < sent.size() && System.nanoTime() < deadline) {
            millis.clear();
            List<DiscordApiDouble.Recorded> recorded = discord.requests();
            for (DiscordApiDouble.Recorded r : recorded.subList(from, recorded.size())) {
                String[] parts = r.path().split("/");
                if (r.path().endsWith("/callback") && sent.containsKey(parts[4])) {
                    millis.add(TimeUnit.NANOSECONDS.toMillis(r.at() - sent.get(parts[4])));
                }
            }
            Thread.sleep(5);
        }
        if (millis.size() < sent.size()) {
            throw new IllegalStateException("only " + millis.size() + " of " + sent.size() + " were acknowledged");
        }
        Collections.sort(millis);
        return millis;
    }

    static String percentiles(List<Long> sorted) {
        return String.format(Locale.ROOT, "p50 %d ms, p99 %d ms, max %d ms", sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() * 99 / 100), sorted.get(sorted.size() - 1));
    }
}
