package org.attache.source;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading sources; reading goes on after each one. Safe to share between threads. */
public final class ProblemLog {
    private final List<SourceProblem> problems = new ArrayList<>();

    public synchronized void report(String file, int line, String message) {
        problems.add(new SourceProblem(file, Math.max(1, line), message));
    }

    public synchronized List<SourceProblem> problems() {
        return List.copyOf(problems);
    }
}
