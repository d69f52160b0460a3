package org.attache.discord;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** When the handlers would be done with work handed to them now, and so which interactions are deferred at once. */
class BacklogTest {
    /** A clock that moves on by {@code step} each time it is read: a task timed between two reads took that long. */
    private static java.util.function.LongSupplier stepping(Duration step) {
        AtomicLong now = new AtomicLong();
        return () -> now.addAndGet(step.toNanos());
    }

    @Test
    void withNothingMeasuredNothingIsExpectedLate() {
        Backlog backlog = new Backlog(2, stepping(Duration.ofMillis(100)));
        backlog.track(() -> { });
        backlog.track(() -> { });
        assertEquals(Duration.ZERO, backlog.expectedFinish());
    }

    @Test
    void workWaitsOneRoundOfTheAverageTaskForEachFullRoundOfTasksAhead() {
        Backlog backlog = new Backlog(2, stepping(Duration.ofMillis(100)));
        backlog.track(() -> { }).run();
        assertEquals(Duration.ofMillis(100), backlog.expectedFinish(), "a free thread");
        backlog.track(() -> { });
        assertEquals(Duration.ofMillis(100), backlog.expectedFinish(), "one task in hand, one thread free");
        backlog.track(() -> { });
        assertEquals(Duration.ofMillis(200), backlog.expectedFinish(), "both threads taken");
        backlog.track(() -> { });
        assertEquals(Duration.ofMillis(200), backlog.expectedFinish(), "one waits");
        backlog.track(() -> { });
        assertEquals(Duration.ofMillis(300), backlog.expectedFinish(), "two rounds ahead");
    }

    @Test
    void theAverageWeighsTheNewestTaskAnEighth() {
        AtomicLong now = new AtomicLong();
        Backlog backlog = new Backlog(1, now::get);
        Runnable tookHundred = backlog.track(() -> now.addAndGet(TimeUnit.MILLISECONDS.toNanos(100)));
        tookHundred.run();
        Runnable tookNineHundred = backlog.track(() -> now.addAndGet(TimeUnit.MILLISECONDS.toNanos(900)));
        tookNineHundred.run();
        assertEquals(Duration.ofMillis(200), backlog.expectedFinish());
    }

    @Test
    void anInteractionIsDeferredAtOnceOnlyWhenTheWorkAheadOutlastsTheDeadline() throws InterruptedException {
        ThreadPoolExecutor handlers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new SynchronousQueue<>());
        Workers workers = new Workers(handlers, new ScheduledThreadPoolExecutor(1), Duration.ofMillis(250),
                new Backlog(1, stepping(Duration.ofMillis(100))));
        try {
            CountDownLatch done = new CountDownLatch(1);
            workers.execute(done::countDown);
            done.await(10, TimeUnit.SECONDS);
            awaitIdle(handlers);
            assertEquals(Duration.ofMillis(250), workers.deadline(), "100 ms of work ahead");

            CountDownLatch release = new CountDownLatch(1);
            workers.execute(() -> awaitQuietly(release));
            assertEquals(Duration.ofMillis(250), workers.deadline(), "a task in hand: 200 ms");
            assertThrows(RejectedExecutionException.class, () -> workers.execute(() -> { }));
            assertEquals(Duration.ofMillis(250), workers.deadline(), "the refused task is not counted: 300 ms if it were");
            workers.backlog().track(() -> { });
            assertEquals(Duration.ZERO, workers.deadline(), "two tasks in hand: 300 ms");
            release.countDown();
        } finally {
            workers.shutdown();
        }
    }

    private static void awaitIdle(ThreadPoolExecutor handlers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handlers.getActiveCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
