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
        // /api/v10/interactions/<id>/<token>/callback
        return times(discord, from, sent, r -> r.path().endsWith("/callback") ? r.path().split("/")[4] : null,
                "acknowledged");
    }

    /**
     * As {@link #await}, until each reply: the acknowledgement itself, or after a deferral the edit of the original
     * or a follow-up note.
     */
    static List<Long> answered(DiscordApiDouble discord, int from, Map<String, Long> sent)
            throws InterruptedException {
        // /api/v10/webhooks/<application>/token-<id>[/messages/@original]
        return times(discord, from, sent, r -> {
            if (r.path().endsWith("/callback")) {
                // the reply that was its own acknowledgement
                int type = r.body().path("type").asInt();
                return type == 4 || type == 7 ? r.path().split("/")[4] : null;
            }
            String[] parts = r.path().split("/");
            boolean reply = r.path().startsWith("/api/v10/webhooks/") && parts.length > 5
                    && (r.method().equals("PATCH") || r.method().equals("POST") && parts.length == 6);
            return reply ? parts[5].substring("token-".length()) : null;
        }, "answered");
    }

    private static List<Long> times(DiscordApiDouble discord, int from, Map<String, Long> sent,
                                    java.util.function.Function<DiscordApiDouble.Recorded, String> idOf, String what)
            throws InterruptedException {
        Map<String, Long> millis = new java.util.HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // each request is read once and times come from the double's own records: the waiting costs the bot little
        // CPU and does not set the figures
        int read = from;
        while (millis.size() < sent.size() && System.nanoTime() < deadline) {
            List<DiscordApiDouble.Recorded> recorded = discord.requests();
            for (DiscordApiDouble.Recorded r : recorded.subList(read, recorded.size())) {
                String id = idOf.apply(r);
                if (id != null && sent.containsKey(id)) {
                    millis.putIfAbsent(id, TimeUnit.NANOSECONDS.toMillis(r.at() - sent.get(id)));
                }
            }
            read = recorded.size();
            Thread.sleep(50);
        }
        if (millis.size() < sent.size()) {
            throw new IllegalStateException("only " + millis.size() + " of " + sent.size() + " were " + what);
        }
        List<Long> sorted = new ArrayList<>(millis.values());
        Collections.sort(sorted);
        return sorted;
    }

    /** How the interactions in {@code sent} were acknowledged: by the reply itself, or by a deferral first. */
    static String kinds(DiscordApiDouble discord, int from, Map<String, Long> sent) {
        List<DiscordApiDouble.Recorded> recorded = discord.requests();
        long deferred = recorded.subList(from, recorded.size()).stream()
                .filter(r -> r.path().endsWith("/callback") && sent.containsKey(r.path().split("/")[4]))
                .filter(r -> r.body().path("type").asInt() == 5 || r.body().path("type").asInt() == 6).count();
        return (sent.size() - deferred) + " by the reply itself, " + deferred + " deferred";
    }

    /** How long the bot's listener held JDA's gateway thread per event, over the latest events. */
    static String gatewayTime(net.dv8tion.jda.api.sharding.ShardManager bot) {
        GatewayTime time = bot.getShards().get(0).getRegisteredListeners().stream()
                .filter(BotListener.class::isInstance).map(l -> ((BotListener) l).gatewayTime()).findFirst()
                .orElseThrow();
        long[] wall = time.sortedWall();
        long[] cpu = time.sortedCpu();
        return String.format(Locale.ROOT, "gateway thread per event over %d events: CPU p50 %.3f ms, p99 %.3f ms, "
                        + "max %.3f ms; wall p50 %.3f ms, p99 %.3f ms, max %.3f ms", cpu.length, cpu[cpu.length / 2] / 1e6,
                cpu[cpu.length * 99 / 100] / 1e6, cpu[cpu.length - 1] / 1e6, wall[wall.length / 2] / 1e6,
                wall[wall.length * 99 / 100] / 1e6, wall[wall.length - 1] / 1e6);
    }

    static String percentiles(List<Long> sorted) {
        return String.format(Locale.ROOT, "p50 %d ms, p99 %d ms, max %d ms", sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() * 99 / 100), sorted.get(sorted.size() - 1));
    }
}
