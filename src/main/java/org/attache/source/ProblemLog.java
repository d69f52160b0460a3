package org.attache.source;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading sources; reading goes on after each one. Safe to share between threads. */
public final class ProblemLog {
    private final List<SourceProblem> problems = new ArrayList<>();

    public synchronized void report(String file, int line, String message) {
        problems.add(new SourceProblem(file, Math.max(1, line), message, false));
    }

    /** A problem that cost a whole source (a missing file, an entry that names no format): it is not loaded. */
    public synchronized void leftOut(String file, int line, String message) {
        problems.add(new SourceProblem(file, Math.max(1, line), message, true));
    }

    public synchronized List<SourceProblem> problems() {
        return List.copyOf(problems);
    }
}
