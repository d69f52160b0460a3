package org.attache.fact;

import java.util.List;
import java.util.Optional;

/** How a state belongs to an organisation. */
public enum MembershipKind implements FactKind {
    MEMBER("member", "a member of", List.of("member", "belong", "join", "admit")),
    FOUNDING_MEMBER("founding member", "a founding member of", List.of("founding")),
    PARTICIPANT("participant", "a participant in", List.of("participant"));

    private final KindWords words;
    private final String role;

    MembershipKind(String label, String role, List<String> cues) {
        this.words = new KindWords(label, cues);
        this.role = role;
    }

    /** "is a member of", "participates in", "joined": any membership word bears out any membership kind's family. */
    @Override
    public List<String> evidence() {
        return this == FOUNDING_MEMBER ? List.of("founding", "founder")
                : List.of("member", "particip", "join", "belong", "entered", "acced", "admitted");
    }

    @Override
    public FactType type() {
        return FactType.MEMBERSHIP;
    }

    @Override
    public KindWords words() {
        return words;
    }

    /** "Ecuador is a founding member of the United Nations". */
    public String statement(String member, String organisation) {
        return member + " is " + role + " " + organisation;
    }

    /** Asks for the organisation, the answer. */
    @Override
    public Optional<String> quizPrompt(String member, String organisation, String name) {
        return Optional.of("Which of these is " + member + " " + role + "?");
    }
}
