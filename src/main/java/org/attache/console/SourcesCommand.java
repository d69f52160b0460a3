package org.attache.console;

import org.attache.answer.Answer;
import org.attache.answer.AnswerEngine;
import org.attache.answer.Paged;

import java.io.PrintStream;
import java.util.function.IntFunction;

/** {@code sources [PAGE]}: one page of the countries and snapshots the dataset holds, and how to see the next. */
public final class SourcesCommand {
    private final AnswerEngine engine;

    public SourcesCommand(AnswerEngine engine) {
        this.engine = engine;
    }

    /**
     * Prints the page (the last one, past the end); {@code nextPage} words the request for the next ("sources 2" in
     * the console, "attache sources 2" on the command line).
     */
    public void print(int page, PrintStream out, IntFunction<String> nextPage) {
        Paged<Answer> shown = engine.sources(page);
        new AnswerPrinter(out).print(shown.content());
        if (shown.hasNext()) {
            out.println("(" + nextPage.apply(shown.page() + 1) + " for the next page)");
        }
    }
}
