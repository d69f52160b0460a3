package org.attache.fact;

import java.util.List;
import java.util.Optional;

/** What happened to relations between two states. */
public enum RelationEventKind implements FactKind {
    ESTABLISHED("established", "%1$s and %2$s established diplomatic relations",
            "In which year did %1$s and %2$s establish diplomatic relations?", List.of("establish")),
    RECOGNISED("recognised", "%1$s recognised %2$s", "In which year did %1$s recognise %2$s?",
            List.of("recogn")),
    RESUMED("resumed", "%1$s and %2$s resumed diplomatic relations",
            "In which year did %1$s and %2$s resume diplomatic relations?", List.of("resum")),
    SUSPENDED("suspended", "%1$s suspended diplomatic relations with %2$s",
            "In which year did %1$s suspend diplomatic relations with %2$s?", List.of("suspen")),
    CANCELLED("cancelled", "%1$s cancelled relations with %2$s", "In which year did %1$s cancel relations with %2$s?",
            List.of("cancel")),
    SEVERED("severed", "Diplomatic relations between %1$s and %2$s were severed",
            "In which year were relations between %1$s and %2$s severed?", List.of("sever", "cut", "broke", "break")),
    RESTORED("restored", "%1$s and %2$s restored relations",
            "In which year were relations between %1$s and %2$s restored?", List.of("restor", "re-establish")),
    UPGRADED("upgraded", "%1$s and %2$s upgraded their relations",
            "In which year did %1$s and %2$s upgrade their relations?", List.of("upgrad")),
    MAINTAINED("maintained", "%1$s maintains diplomatic relations with %2$s", "", List.of()),
    NOT_MAINTAINED("not maintained", "%1$s does not maintain official relations with %2$s", "", List.of());

    private final KindWords words;
    private final String statement;
    private final String quizPrompt;

    RelationEventKind(String label, String statement, String quizPrompt, List<String> cues) {
        this.words = new KindWords(label, cues);
        this.statement = statement;
        this.quizPrompt = quizPrompt;
    }

    @Override
    public FactType type() {
        return FactType.RELATION_EVENT;
    }

    @Override
    public KindWords words() {
        return words;
    }

    /** The event in a sentence of our own. */
    public String statement(String subject, String counterpart) {
        return FactKind.format(statement, subject, counterpart, "");
    }

    @Override
    public Optional<String> quizPrompt(String subject, String counterpart, String name) {
        return quizPrompt.isEmpty() ? Optional.empty()
                : Optional.of(FactKind.format(quizPrompt, subject, counterpart, name));
    }

    @Override
    public boolean relationsStand() {
        return this != SUSPENDED && this != CANCELLED && this != SEVERED && this != NOT_MAINTAINED;
    }

    /** The words a sentence states the event with, beyond the question cues ("relations began", "broke off"). */
    @Override
    public List<String> evidence() {
        return switch (this) {
            case ESTABLISHED -> List.of("establish", "began", "begun", "start", "begin", "initiat", "forg");
            case SEVERED -> List.of("sever", "cut", "broke", "break");
            case RESTORED -> List.of("restor", "re-establish", "reestablish");
            case MAINTAINED, NOT_MAINTAINED -> List.of("maintain");
            default -> cues();
        };
    }

    /** True for events both states take part in alike ("X and Y established relations"): neither acts on the other. */
    public boolean mutual() {
        return this == ESTABLISHED || this == RESUMED || this == SEVERED || this == RESTORED || this == UPGRADED;
    }

    /** True for the events that begin relations: "when did relations start?" asks for these. */
    public boolean startsRelations() {
        return this == ESTABLISHED || this == RECOGNISED;
    }

    /** True for the events that tell where relations stand (a recognition alone does not). */
    public boolean tellsStanding() {
        return this != RECOGNISED;
    }

    /** True for a statement in the present tense ("maintains"), which says where relations stand now. */
    public boolean present() {
        return this == MAINTAINED || this == NOT_MAINTAINED;
    }
}
