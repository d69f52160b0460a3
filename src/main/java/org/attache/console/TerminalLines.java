package org.attache.console;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lines typed at a terminal, through JLine: the line can be edited, earlier lines come back with the Up arrow (kept
 * in a file between runs), Tab completes commands and the names of countries and organisations, Ctrl-C drops the
 * line and Ctrl-D ends the console.
 */
public final class TerminalLines implements ConsoleLines {
    private final Terminal terminal;
    private final LineReader reader;

    private TerminalLines(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    /** Lines from {@code terminal}, completed by {@code completer}, with their history in {@code history}. */
    public static TerminalLines open(Terminal terminal, ConsoleCompleter completer, Path history) throws IOException {
        Path folder = history.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        // names hold spaces ("El Salvador"): a completed name goes in as written, neither quoted nor escaped
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        parser.setQuoteChars(new char[0]);
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("attache").parser(parser)
                .completer(completer).variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.CASE_INSENSITIVE, true).build();
        return new TerminalLines(terminal, reader);
    }

    @Override
    public Read next(String prompt) {
        try {
            return new Line(reader.readLine(prompt));
        } catch (UserInterruptException e) {
            return new Cancelled();
        } catch (EndOfFileException e) {
            return new Ended();
        }
    }

    @Override
    public void close() throws IOException {
        reader.getHistory().save();
        terminal.close();
    }
}
