package org.attache.console;

import java.io.IOException;

/** Where the console's lines come from: a terminal the user edits in, or plain input (a pipe, a file). */
public interface ConsoleLines extends AutoCloseable {
    /** What a read gave: a line, a line the user cancelled (Ctrl-C), or the end of input (Ctrl-D, end of file). */
    sealed interface Read permits Line, Cancelled, Ended {
    }

    record Line(String text) implements Read {
    }

    record Cancelled() implements Read {
    }

    record Ended() implements Read {
    }

    /** Shows the prompt and reads the next line. */
    Read next(String prompt) throws IOException;

    @Override
    default void close() throws IOException {
    }

    /** Lines from plain input, the prompt printed before each: the console as it is without a terminal. */
    static ConsoleLines plain(java.io.BufferedReader in, java.io.PrintStream out) {
        return prompt -> {
            out.print(prompt);
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return new Ended();
            }
            return new Line(line);
        };
    }
}
