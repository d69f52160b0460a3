package org.attache.console;

import org.attache.answer.Answer;
import org.attache.answer.AnswerEngine;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code ask "QUESTION"} prints one answer for a person; {@code ask --json} reads questions from standard input,
 * one per line, and prints one JSON object per line, in order, flushed after each. A line that fails never stops
 * the next.
 */
public final class AskCommand {
    private final AnswerEngine engine;

    public AskCommand(AnswerEngine engine) {
        this.engine = engine;
    }

    /** One question, answered for a person. */
    public void ask(String question, PrintStream out) {
        new AnswerPrinter(out).print(safely(question));
    }

    /** Questions from {@code in}, one per line, each answered as one line of JSON, until the input ends. */
    public void askJson(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            out.println(AnswerJson.line(safely(line)));
            out.flush();
        }
    }

    /** The engine's answer, or for a failure of ours an honest "could not answer" that keeps the stream going. */
    Answer safely(String question) {
        try {
            return engine.answer(question);
        } catch (RuntimeException e) {
            // the logger is fetched only here: setting up logging costs a few hundred milliseconds of start-up
            LoggerFactory.getLogger(AskCommand.class).warn("could not answer a question", e);
            return new Answer(question, false, "out_of_scope", List.of(),
                    "Something went wrong while answering that question; nothing is stated.", List.of(), List.of());
        }
    }
}
