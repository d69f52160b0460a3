package org.attache.discord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A {@link ShardProcess} the test started, spoken to through its standard input and output. */
final class ShardInAnotherProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final BufferedReader out;
    private final PrintStream in;
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    private ShardInAnotherProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /**
     * Starts the bot running {@code shard} of {@code total} in a new JVM, and returns at once: the test may start
     * other things while it comes up, then wait for it with {@link #awaitReady()}.
     */
    static ShardInAnotherProcess launch(DiscordApiDouble discord, String jdbcUrl, String user, int shard, int total)
            throws IOException {
        Path log = Files.createTempFile("shard-" + shard + "-", ".log");
        // a short-lived process: the quick compiler alone brings it up sooner
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), ShardProcess.class.getName(),
                discord.restUrl(), discord.gatewayUrl(), jdbcUrl, user, Integer.toString(shard),
                Integer.toString(total)).redirectError(log.toFile()).start();
        return new ShardInAnotherProcess(process, log);
    }

    /** Waits until the bot in that process has connected its shard and taken up its quizzes. */
    ShardInAnotherProcess awaitReady() throws IOException, InterruptedException {
        expect("ready", 90);
        return this;
    }

    /** How many quiz timers wait in that process. */
    int waiting() throws IOException, InterruptedException {
        in.println("waiting");
        return Integer.parseInt(line(20));
    }

    /** That process's quiz timers fire now. */
    void fire() throws IOException, InterruptedException {
        in.println("fire");
        expect("fired", 20);
    }

    /** The process dies at once, as in a crash: no shutdown, no goodbye to the gateway. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException, IOException {
        in.close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
        reader.shutdownNow();
        Files.deleteIfExists(log);
    }

    private void expect(String expected, long seconds) throws IOException, InterruptedException {
        String line = line(seconds);
        if (!expected.equals(line)) {
            throw new AssertionError("the shard process said '" + line + "', not '" + expected + "'; its log ends: "
                    + tail());
        }
    }

    private String line(long seconds) throws IOException, InterruptedException {
        Future<String> next = reader.submit(out::readLine);
        try {
            return next.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            next.cancel(true);
            throw new AssertionError("the shard process said nothing within " + seconds + " s; its log ends: "
                    + tail());
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
