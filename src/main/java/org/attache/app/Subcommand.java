package org.attache.app;

import java.util.concurrent.Callable;

/** A command of the command line, run against one {@link Invocation}; returns the exit code. */
abstract class Subcommand implements Callable<Integer> {
    protected final Invocation invocation;

    Subcommand(Invocation invocation) {
        this.invocation = invocation;
    }
}
