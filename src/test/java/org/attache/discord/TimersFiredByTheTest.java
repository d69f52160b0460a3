package org.attache.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Quiz timers whose time is up when the test says so: a timed quiz's reveal waits for {@link #fire()}, not for
 * real seconds. What is due at once (a reveal a click brought forward) still runs at once.
 */
final class TimersFiredByTheTest extends ScheduledThreadPoolExecutor {
    private final List<Runnable> pending = new ArrayList<>();

    TimersFiredByTheTest() {
        super(1);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (delay <= 0) {
            return super.schedule(command, 0, unit);
        }
        pending.add(command);
        return super.schedule(() -> { }, 0, unit);
    }

    /** How many timers are waiting. */
    synchronized int waiting() {
        return pending.size();
    }

    /** Every waiting timer's time is up. */
    synchronized void fire() {
        List<Runnable> due = List.copyOf(pending);
        pending.clear();
        due.forEach(task -> super.schedule(task, 0, TimeUnit.MILLISECONDS));
    }
}
