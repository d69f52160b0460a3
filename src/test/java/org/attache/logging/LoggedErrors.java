package org.attache.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every ERROR logged while the tests run, kept rather than printed. A test that provokes an error on purpose claims
 * it here and asserts on it; {@link NoUnexpectedErrorsTest} fails the run if any error is left unclaimed, so that a
 * passing run has no error nobody expected.
 */
public final class LoggedErrors extends AppenderBase<ILoggingEvent> {
    private static final List<ILoggingEvent> LOGGED = new ArrayList<>();
    private static final List<ILoggingEvent> CLAIMED = new ArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            event.prepareForDeferredProcessing();
            synchronized (LOGGED) {
                LOGGED.add(event);
                LOGGED.notifyAll();
            }
        }
    }

    /**
     * Claims the errors logged so far by a logger whose name ends with {@code logger} and whose message passes
     * {@code message}, waiting up to {@code seconds} for a first one; returns them (none, when none came).
     */
    public static List<ILoggingEvent> claim(String logger, Predicate<String> message, long seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        synchronized (LOGGED) {
            while (true) {
                List<ILoggingEvent> found = LOGGED.stream().filter(e -> e.getLoggerName().endsWith(logger)
                        && message.test(e.getFormattedMessage())).toList();
                long left = deadline - System.nanoTime();
                if (!found.isEmpty() || left <= 0) {
                    CLAIMED.addAll(found);
                    return found;
                }
                LOGGED.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** The errors logged that no test claimed, less JDA's own shutdown races. */
    static List<ILoggingEvent> unclaimed() {
        synchronized (LOGGED) {
            List<ILoggingEvent> left = new ArrayList<>(LOGGED);
            left.removeIf(e -> CLAIMED.stream().anyMatch(c -> c == e) || jdaShutdownRace(e));
            return left;
        }
    }

    /**
     * JDA logs an error when a gateway packet is queued as its own executor shuts down: a race inside JDA's shutdown,
     * after the bot has stopped, which no test can provoke on purpose or wait for.
     */
    private static boolean jdaShutdownRace(ILoggingEvent event) {
        return event.getLoggerName().equals("net.dv8tion.jda.internal.requests.WebSocketClient")
                && event.getFormattedMessage().startsWith("Was unable to schedule next packet due to rejected "
                        + "execution by threadpool");
    }
}
