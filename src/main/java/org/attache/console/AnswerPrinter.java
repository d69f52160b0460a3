package org.attache.console;

import org.attache.answer.Answer;
import org.attache.answer.Citation;

import java.io.PrintStream;

/** Prints an answer for a person at a terminal: the answer, then each source with its link and references. */
final class AnswerPrinter {
    private final PrintStream out;

    AnswerPrinter(PrintStream out) {
        this.out = out;
    }

    void print(Answer answer) {
        out.println(answer.text());
        for (Citation citation : answer.citations()) {
            out.println("  ↳ \"" + citation.quote() + "\"");
            out.println("    " + citation.title() + " (snapshot " + citation.snapshot() + ")"
                    + citation.section().map(s -> ", section " + s).orElse("") + ": " + citation.url());
            if (!citation.references().isEmpty()) {
                out.println("    references: " + String.join(" ", citation.references()));
            }
            if (!citation.flags().isEmpty()) {
                out.println("    note: " + String.join("; ", citation.flags()));
            }
        }
    }
}
