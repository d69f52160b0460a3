package org.attache.console;

import org.attache.answer.Answer;
import org.attache.answer.AnswerEngine;
import org.attache.answer.Paged;
import org.attache.fact.RelationsDataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The interactive terminal: a prompt that answers questions about the dataset, each answer with its citations,
 * and a few commands (facts per country, the sources, help, quit).
 */
public final class DatasetConsole {
    private static final int MAX_LINE = 2000;

    private final RelationsDataset dataset;
    private final AskCommand ask;
    private final AnswerEngine engine;

    public DatasetConsole(RelationsDataset dataset, AnswerEngine engine) {
        this.dataset = dataset;
        this.engine = engine;
        this.ask = new AskCommand(engine);
    }

    public int run(BufferedReader in, PrintStream out, PrintStream err) throws IOException {
        out.println("Attaché: " + dataset.articles().size() + " article snapshots, " + dataset.facts().size()
                + " cited facts. Ask a question, or type 'help' for commands, 'quit' to leave.");
        while (true) {
            out.print("attaché> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return 0;
            }
            String command = clean(line);
            if (command.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>(Arrays.asList(command.split(" ")));
            switch (words.get(0).toLowerCase(java.util.Locale.ROOT)) {
                case "quit", "exit" -> {
                    return 0;
                }
                case "help", "?" -> help(out);
                case "sources" -> sources(words.subList(1, words.size()), out);
                case "facts" -> {
                    words.remove(0);
                    List<String> args = words.isEmpty() ? List.of() : List.of("--country", String.join(" ", words));
                    new FactsCommand(dataset).run(args, out, out);
                }
                default -> new AnswerPrinter(out).print(ask.safely(command));
            }
        }
    }

    private static void help(PrintStream out) {
        out.println("any question    e.g. When did El Salvador and Mexico establish relations?");
        out.println("facts COUNTRY   the cited facts about a country or organisation (e.g. facts Cuba, facts OAS)");
        out.println("facts           every fact, with contradictions between snapshots");
        out.println("sources [PAGE]  the countries and snapshots the dataset holds, a page at a time");
        out.println("quit            leave");
    }

    /** {@code sources [PAGE]}: one page of the sources, as the engine pages them, and how to see the next. */
    private void sources(List<String> args, PrintStream out) {
        int page = 1;
        if (!args.isEmpty()) {
            try {
                page = Integer.parseInt(args.get(0));
            } catch (NumberFormatException e) {
                out.println("sources takes a page number, e.g. sources 2");
                return;
            }
        }
        Paged<Answer> shown = engine.sources(page);
        new AnswerPrinter(out).print(shown.content());
        if (shown.hasNext()) {
            out.println("(sources " + (shown.page() + 1) + " for the next page)");
        }
    }

    /** Control characters out, white space folded, length bounded: what a terminal can show safely. */
    static String clean(String line) {
        String bounded = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
        return bounded.replaceAll("[\\p{Cntrl}&&[^\\t]]", "").replaceAll("\\s+", " ").strip();
    }
}
