package org.attache.discord;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How long the bot's own code held JDA's gateway thread, per event: the latest samples, kept in a ring so that
 * a long run costs no memory. A handler's work never counts here, only the acknowledgement and the hand-over to
 * the workers. The benchmarks read it; a slow event is logged at debug level.
 */
final class GatewayTime {
    /** How many of the latest events are kept. */
    static final int SAMPLES = 8192;

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final AtomicLongArray wall = new AtomicLongArray(SAMPLES);
    private final AtomicLongArray cpu = new AtomicLongArray(SAMPLES);
    private final AtomicInteger recorded = new AtomicInteger();

    /** A moment to measure from: wall-clock and the calling thread's CPU time, in nanoseconds. */
    record Start(long wall, long cpu) {
    }

    static Start start() {
        return new Start(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
    }

    /** The event begun at {@code start} is handed over: what it took, on the clock and in CPU time. */
    void record(Start start) {
        int slot = Math.floorMod(recorded.getAndIncrement(), SAMPLES);
        wall.set(slot, System.nanoTime() - start.wall());
        cpu.set(slot, THREADS.getCurrentThreadCpuTime() - start.cpu());
    }

    /** The latest samples of wall-clock time, in nanoseconds, sorted: the thread may also have been waiting. */
    long[] sortedWall() {
        return sorted(wall);
    }

    /** The latest samples of the gateway thread's CPU time, in nanoseconds, sorted: our code running. */
    long[] sortedCpu() {
        return sorted(cpu);
    }

    private long[] sorted(AtomicLongArray samples) {
        int count = Math.min(recorded.get(), SAMPLES);
        long[] copy = new long[count];
        for (int i = 0; i < count; i++) {
            copy[i] = samples.get(i);
        }
        Arrays.sort(copy);
        return copy;
    }
}
