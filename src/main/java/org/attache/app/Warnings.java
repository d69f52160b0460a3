package org.attache.app;

import org.attache.answer.AnswerEngine;
import org.attache.fact.RelationsDataset;

import java.io.PrintStream;

/** Every problem with the sources, one line each on standard error, before any command uses them. */
final class Warnings {
    private Warnings() {
    }

    static RelationsDataset of(RelationsDataset dataset, PrintStream err) {
        dataset.problems().forEach(p -> err.println("warning: " + p));
        return dataset;
    }

    static AnswerEngine of(AnswerEngine engine, PrintStream err) {
        of(engine.dataset(), err);
        return engine;
    }
}
