package org.attache.fact;

import java.util.List;
import java.util.Optional;

/** A country's diplomatic mission in another. */
public enum MissionKind implements FactKind {
    EMBASSY("embassy", "an embassy", List.of("embass")),
    /** A Commonwealth country's embassy in another: "Tanzania has a high commission in Kuala Lumpur". */
    HIGH_COMMISSION("high commission", "a high commission", List.of("commission")),
    CONSULATE("consulate", "a consulate", List.of("consul")),
    CONSULATE_GENERAL("consulate-general", "a consulate-general", List.of("consul")),
    HONORARY_CONSULATE("honorary consulate", "an honorary consulate", List.of("consul", "honorary")),
    /** Accredited to a country from an embassy elsewhere: the counterpart is the country covered, the name the city. */
    ACCREDITED("accredited from abroad", "", List.of("accredit", "non-resident"));

    private final KindWords words;
    private final String withArticle;

    MissionKind(String label, String withArticle, List<String> cues) {
        this.words = new KindWords(label, cues);
        this.withArticle = withArticle;
    }

    @Override
    public FactType type() {
        return FactType.MISSION;
    }

    @Override
    public KindWords words() {
        return words;
    }

    /**
     * "El Salvador has an embassy in Quito, Ecuador"; {@code where} is the city and country, or the country. For an
     * accreditation, "South Africa is accredited to Afghanistan from its embassy in Islamabad, Pakistan".
     */
    public String statement(String owner, String covered, String where) {
        return this == ACCREDITED ? accreditation(owner, covered, EMBASSY, where)
                : owner + " has " + withArticle + " in " + where;
    }

    /** "Kenya is accredited to Ghana from its high commission in Abuja, Nigeria": covered from a mission abroad. */
    public static String accreditation(String owner, String covered, MissionKind from, String where) {
        return owner + " is accredited to " + covered + " from its " + from.label() + " in " + where;
    }

    /** True for a mission standing in the counterpart country itself (an accreditation stands elsewhere). */
    public boolean resident() {
        return this != ACCREDITED;
    }

    /**
     * A high commission is what one Commonwealth state calls its embassy in another: "Does Brunei have an embassy in
     * Australia?" is answered by Brunei's high commission in Canberra.
     */
    @Override
    public boolean namedBy(java.util.function.Predicate<String> mentions) {
        return FactKind.super.namedBy(mentions) || this == HIGH_COMMISSION && EMBASSY.namedBy(mentions);
    }

    @Override
    public List<String> evidence() {
        return this == ACCREDITED ? List.of("accredit", "represent", "covered") : cues();
    }

    /** Asks for the city: {@code name} is unused, the city being the answer. */
    @Override
    public Optional<String> quizPrompt(String owner, String host, String name) {
        return this == ACCREDITED ? Optional.empty()
                : Optional.of("In which city does " + owner + " have " + withArticle + " in " + host + "?");
    }
}
