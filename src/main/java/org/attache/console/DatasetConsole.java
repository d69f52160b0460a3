package org.attache.console;

import org.attache.answer.AnswerEngine;
import org.attache.fact.RelationsDataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /** The console on plain input: what it does without a terminal. */
    public int run(BufferedReader in, PrintStream out) throws IOException {
        return run(ConsoleLines.plain(in, out), out);
    }

    /** Reads commands and questions until "quit" or the end of input; a cancelled line is dropped. */
    public int run(ConsoleLines lines, PrintStream out) throws IOException {
        out.println("Attaché: " + dataset.articles().size() + " article snapshots, " + dataset.facts().size()
                + " cited facts. Ask a question, or type 'help' for commands, 'quit' to leave.");
        while (true) {
            ConsoleLines.Read read = lines.next("attaché> ");
            if (read instanceof ConsoleLines.Ended) {
                return 0;
            }
            if (!(read instanceof ConsoleLines.Line line)) {
                continue;
            }
            String command = clean(line.text());
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
                    new FactsCommand(dataset).run(words.isEmpty() ? Optional.empty()
                            : Optional.of(String.join(" ", words)), false, out, out);
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
        new SourcesCommand(engine).print(page, out, next -> "sources " + next);
    }

    /** Control characters out, white space folded, length bounded: what a terminal can show safely. */
    static String clean(String line) {
        String bounded = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
        return bounded.replaceAll("[\\p{Cntrl}&&[^\\t]]", "").replaceAll("\\s+", " ").strip();
    }
}
