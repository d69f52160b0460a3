package org.attache.discord;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where handlers run, never on JDA's gateway thread: a bounded pool with a bounded queue (past it, a user is told to
 * try again rather than left waiting behind a burst), and the timer that defers an interaction whose handler has not
 * replied within {@code deferAfter}.
 *
 * @param handlers   the pool every handler runs on
 * @param deadlines  the one thread that defers interactions at their deadline
 * @param deferAfter how long a handler may take before its interaction is deferred; zero defers at once
 */
record Workers(ExecutorService handlers, ScheduledExecutorService deadlines, Duration deferAfter) {
    /** Threads: handlers mostly wait on the database or search the index; a few per core keep both busy. */
    static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Interactions waiting for a thread before new ones are turned away. */
    static final int QUEUE = 1000;

    static Workers start(Duration deferAfter) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService handlers = new ThreadPoolExecutor(THREADS, THREADS, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> daemon(r, "attache-handler-" + count.incrementAndGet()),
                new ThreadPoolExecutor.AbortPolicy());
        ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1,
                r -> daemon(r, "attache-deadlines"));
        // most deadlines are never reached: the handler replied first, and the queue need not keep them
        deadlines.setRemoveOnCancelPolicy(true);
        return new Workers(handlers, deadlines, deferAfter);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
