package org.attache.discord;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where handlers run, never on JDA's gateway thread: a bounded pool with a bounded queue (past it, a user is told to
 * try again rather than left waiting behind a burst), and the timer that defers an interaction whose handler has not
 * replied within {@code deferAfter}, or at once when the work ahead of it cannot be done by then.
 *
 * @param handlers   the pool every handler runs on
 * @param deadlines  the one thread that defers interactions at their deadline
 * @param deferAfter how long a handler may take before its interaction is deferred; zero defers at once
 * @param backlog    what the handlers have in hand, and how long their tasks take
 */
record Workers(ExecutorService handlers, ScheduledExecutorService deadlines, Duration deferAfter, Backlog backlog) {
    /**
     * Threads: one per core, two at least. Answering a question is work for a core (searching the index), and more
     * handlers than cores only take the cores from JDA's threads, which read the gateway and send the
     * acknowledgements; a quiz's database round trips are short.
     */
    static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
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
        return new Workers(handlers, deadlines, deferAfter, new Backlog(THREADS));
    }

    /**
     * The deadline of an interaction arriving now: {@code deferAfter}, or zero when the handlers' backlog says it
     * would not be answered by then.
     */
    Duration deadline() {
        return backlog.expectedFinish().compareTo(deferAfter) > 0 ? Duration.ZERO : deferAfter;
    }

    /** Runs the work on a handler thread; refused when the queue is full or the workers have stopped. */
    void execute(Runnable work) {
        Runnable tracked = backlog.track(work);
        try {
            handlers.execute(tracked);
        } catch (RejectedExecutionException e) {
            backlog.dropped();
            throw e;
        }
    }

    /** Stops the handlers and the timer: work already queued still runs, nothing new is taken. */
    void shutdown() {
        handlers.shutdown();
        deadlines.shutdown();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }
}
