package org.attache.discord;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * When work handed to the handlers now would be done: the handlers' recent time per task (a moving average of wall
 * time) times the rounds of tasks ahead of it. In a burst, an interaction at the back of the queue cannot be
 * answered before its deadline whatever it asks; knowing that when it arrives, the bot defers it then, in one round
 * trip, rather than after waiting out the deadline behind work it cannot overtake.
 */
final class Backlog {
    /** Weight of the newest time in the average: an eighth, as TCP weighs its round-trip samples. */
    private static final int NEWEST_SHARE = 8;

    private final int threads;
    private final LongSupplier nanoTime;
    /** Tasks handed over and not yet finished, running or waiting. */
    private final AtomicInteger inHand = new AtomicInteger();
    /** Zero until a task has finished: with nothing measured, nothing is expected to be late. */
    private final AtomicLong meanNanos = new AtomicLong();

    Backlog(int threads) {
        this(threads, System::nanoTime);
    }

    Backlog(int threads, LongSupplier nanoTime) {
        if (threads < 1) {
            throw new IllegalArgumentException("a backlog needs at least one thread, not " + threads);
        }
        this.threads = threads;
        this.nanoTime = nanoTime;
    }

    /** When a task handed over now would be done, by the recent average. */
    Duration expectedFinish() {
        long rounds = inHand.get() / threads + 1;
        return Duration.ofNanos(rounds * meanNanos.get());
    }

    /** The task as handed to the handlers: counted from now until it ends, and timed while it runs. */
    Runnable track(Runnable task) {
        inHand.incrementAndGet();
        return () -> {
            long start = nanoTime.getAsLong();
            try {
                task.run();
            } finally {
                inHand.decrementAndGet();
                took(nanoTime.getAsLong() - start);
            }
        };
    }

    /** A task handed over that will never run (the handlers refused it). */
    void dropped() {
        inHand.decrementAndGet();
    }

    private void took(long nanos) {
        meanNanos.updateAndGet(mean -> mean == 0 ? nanos : mean + (nanos - mean) / NEWEST_SHARE);
    }
}
