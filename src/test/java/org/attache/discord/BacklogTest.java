package org.attache.discord;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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
        // one thread and room for one task waiting; each task takes 100 ms by the backlog's clock
        ThreadPoolExecutor handlers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(1));
        Backlog backlog = new Backlog(1, stepping(Duration.ofMillis(100)));
        Workers workers = new Workers(handlers, new ScheduledThreadPoolExecutor(1), Duration.ofMillis(350), backlog);
        try {
            backlog.track(() -> { }).run();
            assertEquals(Duration.ofMillis(350), workers.deadline(), "nothing in hand: 100 ms");

            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            workers.execute(() -> {
                started.countDown();
                awaitQuietly(release);
            });
            started.await(10, TimeUnit.SECONDS);
            assertEquals(Duration.ofMillis(350), workers.deadline(), "one running: 200 ms");
            workers.execute(() -> { });
            assertEquals(Duration.ofMillis(350), workers.deadline(), "one running, one waiting: 300 ms");
            assertThrows(RejectedExecutionException.class, () -> workers.execute(() -> { }));
            assertEquals(Duration.ofMillis(350), workers.deadline(), "the refused task is not counted: 400 ms if it"
                    + " were");
            backlog.track(() -> { });
            assertEquals(Duration.ZERO, workers.deadline(), "three in hand: 400 ms");
            release.countDown();
        } finally {
            workers.shutdown();
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
