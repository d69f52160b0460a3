package org.attache.console;

import org.attache.article.Reference;
import org.attache.fact.Contradiction;
import org.attache.fact.Fact;

import java.io.PrintStream;
import java.util.stream.Collectors;

/** Prints facts and contradictions for a person: the statement, then where it was read. */
final class FactPrinter {
    private final PrintStream out;

    FactPrinter(PrintStream out) {
        this.out = out;
    }

    void print(Fact fact) {
        out.println("- " + fact.statement() + "  [" + fact.type().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ": " + fact.kind().label() + "]");
        out.println("    \"" + fact.provenance().sentence() + "\"");
        out.println("    " + fact.provenance().article() + " (snapshot " + fact.provenance().snapshot() + ")"
                + fact.provenance().section().map(s -> ", section " + s).orElse("") + ": " + fact.provenance().url());
        if (!fact.provenance().references().isEmpty()) {
            out.println("    references: " + fact.provenance().references().stream().map(FactPrinter::reference)
                    .collect(Collectors.joining("; ")));
        }
        if (!fact.provenance().flags().isEmpty()) {
            out.println("    note: " + fact.provenance().flags().stream().map(f -> f.description())
                    .sorted().collect(Collectors.joining("; ")));
        }
    }

    void print(Contradiction contradiction) {
        out.println("! " + contradiction.explanation());
        for (Fact statement : contradiction.statements()) {
            out.println("    " + statement.provenance().snapshot() + ": \"" + statement.provenance().sentence() + "\" ("
                    + statement.provenance().url() + ")");
        }
    }

    private static String reference(Reference reference) {
        return "[" + reference.ordinal() + "] " + reference.url().orElse(reference.title().orElse("no address given"));
    }
}
