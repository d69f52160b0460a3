package org.attache.discord;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When timed quizzes reveal their answers: tasks after a delay, on the scheduler the bot is given (a thread of its
 * own in production; one the tests fire at will, so a timed quiz needs no real seconds).
 */
final class QuizTimer {
    private final ScheduledExecutorService scheduler;

    QuizTimer(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** The bot's own timer thread. */
    static QuizTimer ownThread() {
        return new QuizTimer(Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "quiz-timers");
            thread.setDaemon(true);
            return thread;
        }));
    }

    void after(Duration delay, Runnable task) {
        scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Off the caller's thread, at once: a reveal a click brought forward. */
    void soon(Runnable task) {
        scheduler.execute(task);
    }

    /** The bot is going down: pending reveals are dropped (the next start resumes them from the store). */
    void shutdown() {
        scheduler.shutdownNow();
    }
}
