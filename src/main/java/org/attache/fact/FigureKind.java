package org.attache.fact;

import java.util.List;
import java.util.Optional;

/**
 * What a figure counts. Declared in the order a question's words are tried: "trade" before "people", since "how
 * much do Ecuadorians export" asks about trade.
 */
public enum FigureKind implements FactKind {
    TRADE("trade value", List.of("trade", "export", "import"),
            "What was the trade between %1$s and %2$s worth"),
    CREDIT_LINE("credit line", List.of("credit", "loan"),
            "How large was the line of credit in the relations of %1$s and %2$s"),
    TROOPS("troops", List.of("troop", "soldier", "rotation"), "How many troop rotations did %1$s send"),
    VISITORS("visitors", List.of("visit", "tourist"), "How many visitors from %1$s did %2$s receive a year"),
    DIASPORA("diaspora", List.of("live", "living", "resid", "communit", "diaspora", "emigra"),
            "How many %3$s lived in %2$s");

    private final KindWords words;
    private final String quizPrompt;

    FigureKind(String label, List<String> cues, String quizPrompt) {
        this.words = new KindWords(label, cues);
        this.quizPrompt = quizPrompt;
    }

    /** A diaspora is stated by where its people live or settled, not by the word "diaspora". */
    @Override
    public List<String> evidence() {
        return this == DIASPORA ? List.of("live", "living", "resid", "communit", "diaspora", "emigra", "immigra",
                "settl", "home") : cues();
    }

    @Override
    public FactType type() {
        return FactType.FIGURE;
    }

    @Override
    public KindWords words() {
        return words;
    }

    /** True for figures that count people of one country living in or visiting another. */
    public boolean countsPeople() {
        return this == DIASPORA || this == VISITORS;
    }

    /**
     * How the quiz asks for the figure, without the closing "according to …" the generator adds; {@code name} is
     * the people ("Salvadorans") for a diaspora.
     */
    @Override
    public Optional<String> quizPrompt(String subject, String counterpart, String name) {
        return Optional.of(FactKind.format(quizPrompt, subject, counterpart, name));
    }
}
