package org.attache.article;

/**
 * A maintenance mark the source itself carries: the article's editors flagged a sentence, a section or the whole
 * article as needing work. Answers repeat these so a reader knows how firm the source is.
 */
public enum Flag {
    CITATION_NEEDED("citation needed in the source"),
    UNREFERENCED("unreferenced in the source"),
    MORE_REFERENCES_NEEDED("the source asks for more references"),
    VAGUE_PLACE("the source asks where"),
    VAGUE_TIME("the source asks when"),
    VAGUE_WHO("the source asks who"),
    NEEDS_CLARIFICATION("the source asks for clarification"),
    DEAD_LINK("a reference link in the source is dead");

    private final String description;

    Flag(String description) {
        this.description = description;
    }

    /** What a reader is told, e.g. "citation needed in the source". */
    public String description() {
        return description;
    }
}
