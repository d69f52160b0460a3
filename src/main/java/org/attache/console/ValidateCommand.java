package org.attache.console;

import org.attache.article.Article;
import org.attache.fact.RelationsDataset;
import org.attache.source.SourceProblem;

import java.io.PrintStream;

/** {@code validate}: checks every source; prints each problem as {@code file:line: message}; exit 1 if any. */
public final class ValidateCommand {
    private final RelationsDataset dataset;

    public ValidateCommand(RelationsDataset dataset) {
        this.dataset = dataset;
    }

    public int run(PrintStream out, PrintStream err) {
        for (SourceProblem problem : dataset.problems()) {
            err.println(problem);
        }
        for (Article article : dataset.articles()) {
            out.println("ok " + article.source().file() + ": " + article.title() + " (snapshot " + article.snapshot()
                    + "), " + article.sections().size() + " sections, " + article.sentences().size() + " sentences");
        }
        out.println(dataset.articles().size() + " sources loaded, " + dataset.facts().size() + " facts, "
                + dataset.problems().size() + " problems");
        return dataset.problems().isEmpty() ? 0 : 1;
    }
}
