package org.attache.app;

import org.attache.discord.Heartbeat;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code attache status}: whether the bot process that shares this folder is healthy, from its heartbeat file. It
 * loads no data and asks no server, so a container's health check can run it often.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Exits 0 when the bot runs, its gateway shards are connected and its dataset is loaded; "
            + "1 otherwise, saying why.", "Reads the heartbeat file a running bot keeps (discord.heartbeat-file)."})
final class StatusSubcommand extends Subcommand {
    static final int UNHEALTHY = 1;

    StatusSubcommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() throws Exception {
        Path file = invocation.config().heartbeatFile();
        Optional<Heartbeat> heartbeat = Heartbeat.read(file);
        if (heartbeat.isEmpty()) {
            invocation.err().println("unhealthy: no heartbeat at " + file + ": the bot is not running");
            return UNHEALTHY;
        }
        long now = Clock.systemUTC().millis();
        Optional<String> problem = heartbeat.get().problem(now);
        if (problem.isPresent()) {
            invocation.err().println("unhealthy: " + problem.get());
            return UNHEALTHY;
        }
        invocation.out().println("healthy: shards " + heartbeat.get().shards() + ", " + heartbeat.get().articles()
                + " articles, heartbeat " + Math.max(0, now - heartbeat.get().at()) / 1000 + " s ago");
        return 0;
    }
}
