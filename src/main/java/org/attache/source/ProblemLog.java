package org.attache.source;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading sources; reading goes on after each one. */
public final class ProblemLog {
    private final List<SourceProblem> problems = new ArrayList<>();

    public void report(String file, int line, String message) {
        problems.add(new SourceProblem(file, Math.max(1, line), message));
    }

    public List<SourceProblem> problems() {
        return List.copyOf(problems);
    }
}
