package org.attache.console;

import org.attache.TestDataset;
import org.attache.answer.AnswerEngine;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console on a terminal, through a JLine terminal over streams: keys as a user types them, the screen as shown. */
class ConsoleOnATerminalTest {
    private static final AnswerEngine ENGINE = new AnswerEngine(TestDataset.bundled(), TestDataset.questionReader(),
            100);

    @TempDir
    Path folder;

    private record Screen(int exit, String text) {
    }

    /** Types each chunk of keys at its own prompt, and returns what the screen showed. */
    private Screen type(String... chunks) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        // JLine's own terminal over two streams, as an xterm: keys go through its line discipline as typed
        Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new KeysAfterPrompts(screen, "attaché> ", chunks), out).build();
        int exit;
        try (TerminalLines lines = TerminalLines.open(terminal, new ConsoleCompleter(TestDataset.gazetteer()),
                folder.resolve("state").resolve("console-history"))) {
            exit = new DatasetConsole(ENGINE.dataset(), ENGINE).run(lines, out);
        }
        return new Screen(exit, screen.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ctrlCDropsTheLineAndCtrlDEndsTheConsole() throws IOException {
        Screen screen = type("is ecuador a member of opec\u0003", "when did el salvador recognise kosovo\n", "\u0004");
        assertEquals(0, screen.exit());
        assertFalse(screen.text().contains("Organization of Petroleum Exporting Countries"), screen.text());
        assertTrue(screen.text().contains("29 June 2013"), screen.text());
    }

    @Test
    void typedLinesAreKeptForTheNextRun() throws IOException {
        type("help\n", "quit\n");
        String history = Files.readString(folder.resolve("state").resolve("console-history"));
        assertTrue(history.contains("help") && history.contains("quit"), history);
    }

    @Test
    void tabCompletesCommandsAndTheNamesOfCountries() throws IOException {
        Screen screen = type("fac\t Kos\t\n", "quit\n");
        assertTrue(screen.text().contains("El Salvador recognised Kosovo (29 June 2013)"), screen.text());
    }
}
