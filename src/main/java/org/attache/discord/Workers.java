package org.attache.discord;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool every handler runs on, never JDA's gateway thread. Its queue is bounded too: past it, a user is
 * told to try again rather than left waiting behind a burst.
 */
final class Workers {
    /** Threads: handlers mostly wait on the database or search the index; a few per core keep both busy. */
    static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Interactions waiting for a thread before new ones are turned away. */
    static final int QUEUE = 1000;

    private Workers() {
    }

    static ExecutorService pool() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(THREADS, THREADS, 0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread thread = new Thread(r, "attache-handler-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }
}
