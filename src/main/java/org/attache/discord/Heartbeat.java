package org.attache.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A bot process's health as a small file, rewritten every few seconds while the bot runs and removed when it stops:
 * what {@code attache status} (and so a container's health check) reads, without asking Discord or loading data.
 *
 * @param at       when it was written (epoch milliseconds)
 * @param shards   each of the process's shards and its gateway status ("CONNECTED", "RECONNECT_QUEUED", …)
 * @param articles how many articles the bot's dataset holds
 */
public record Heartbeat(long at, Map<Integer, String> shards, int articles) {
    /** How often the file is rewritten. */
    static final Duration EVERY = Duration.ofSeconds(10);
    /** A heartbeat older than this is a process that stopped without removing its file, or hangs. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes the bot's heartbeat to {@code file} now and every {@link #EVERY} until closed; closing removes it. */
    public static AutoCloseable start(ShardManager bot, int articles, Path file, Clock clock) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "attache-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        Runnable beat = () -> {
            try {
                of(bot, articles, clock).write(file);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(Heartbeat.class).warn("cannot write the heartbeat {}: {}", file,
                        e.toString());
            }
        };
        beat.run();
        beats.scheduleAtFixedRate(beat, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            beats.shutdownNow();
            Files.deleteIfExists(file);
        };
    }

    static Heartbeat of(ShardManager bot, int articles, Clock clock) {
        Map<Integer, String> shards = new TreeMap<>();
        for (JDA shard : bot.getShards()) {
            shards.put(shard.getShardInfo().getShardId(), shard.getStatus().name());
        }
        return new Heartbeat(clock.millis(), shards, articles);
    }

    /** Written whole or not at all: a reader never sees half a file. */
    public void write(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        JSON.writeValue(partial.toFile(), this);
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The heartbeat in {@code file}; empty when there is none. */
    public static Optional<Heartbeat> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(file.toFile(), Heartbeat.class));
    }

    /** What makes the process unhealthy at {@code now}, or empty when it is healthy. */
    public Optional<String> problem(long now) {
        long age = Math.max(0, now - at);
        if (age > STALE_AFTER.toMillis()) {
            return Optional.of("the last heartbeat is " + age / 1000 + " s old: the bot hangs or stopped");
        }
        if (articles == 0) {
            return Optional.of("no dataset is loaded");
        }
        Optional<Map.Entry<Integer, String>> down = shards.entrySet().stream()
                .filter(s -> !s.getValue().equals(JDA.Status.CONNECTED.name())).findFirst();
        if (shards.isEmpty()) {
            return Optional.of("no shard runs");
        }
        return down.map(s -> "shard " + s.getKey() + " is " + s.getValue() + ", not connected");
    }
}
