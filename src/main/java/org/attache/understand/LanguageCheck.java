package org.attache.understand;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Tells questions in another language ("¿Cuándo estableció El Salvador relaciones con México?"), which the
 * English models cannot read. A question is foreign when it is mostly in a non-Latin script, or when most of its
 * words are unknown to the bot's English vocabulary (the articles and the intent examples) and OpenNLP's language
 * detector clearly prefers another language. The detector's 10 MB model is read the first time it is needed, so
 * English questions never wait for it; on short texts it is unsure, hence the vocabulary test first.
 */
public final class LanguageCheck {
    private static final String MODEL = "/langdetect-183.bin";
    /** How much likelier the best language must be than the runner-up for the detector's verdict to count. */
    private static final double CLEAR_MARGIN = 1.3;
    private static final int MIN_WORDS = 3;

    private static final class Detector {
        private static final LanguageDetectorModel INSTANCE = read();

        private static LanguageDetectorModel read() {
            try (InputStream in = LanguageCheck.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the language model " + MODEL + " is not on the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Predicate<String> known;

    /** @param known whether the bot knows a lower-case English word (from its articles and examples) */
    public LanguageCheck(Predicate<String> known) {
        this.known = known;
    }

    /**
     * @param question the cleaned question
     * @param words    its content words (names and English stop words already removed)
     */
    public boolean isForeign(String question, List<String> words) {
        long letters = question.codePoints().filter(Character::isLetter).count();
        long latin = question.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (letters > 0 && latin < letters / 2) {
            return true;
        }
        long unknown = words.stream().filter(known.negate()).count();
        if (words.size() < MIN_WORDS || unknown * 2 < words.size()) {
            return false;
        }
        Language[] ranked = new LanguageDetectorME(Detector.INSTANCE).predictLanguages(question);
        return ranked.length > 1 && !ranked[0].getLang().equals("eng")
                && ranked[0].getConfidence() >= CLEAR_MARGIN * ranked[1].getConfidence();
    }
}
