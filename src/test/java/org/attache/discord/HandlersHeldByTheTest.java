package org.attache.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Handler threads that start nothing until the test lets them: a handler is then slower than any deadline, for as
 * long as the test needs.
 */
final class HandlersHeldByTheTest extends ThreadPoolExecutor {
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding = true;
    private boolean shutDownOnRelease;

    HandlersHeldByTheTest() {
        super(1, 1, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
    }

    @Override
    public synchronized void execute(Runnable command) {
        if (holding) {
            held.add(command);
        } else {
            super.execute(command);
        }
    }

    /** How many handlers are waiting to start. */
    synchronized int waiting() {
        return held.size();
    }

    /** Handlers that come from now on wait until the next {@link #release}. */
    synchronized void hold() {
        holding = true;
    }

    /** The held handlers start, and any that come later start at once. */
    synchronized void release() {
        holding = false;
        held.forEach(super::execute);
        held.clear();
        if (shutDownOnRelease) {
            super.shutdown();
        }
    }

    /** As a pool's queue, the held handlers still run when the pool shuts down: once released. */
    @Override
    public synchronized void shutdown() {
        if (held.isEmpty()) {
            super.shutdown();
        } else {
            shutDownOnRelease = true;
        }
    }
}
