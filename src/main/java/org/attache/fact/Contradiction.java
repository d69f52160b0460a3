package org.attache.fact;

import org.attache.gazetteer.EntityId;

import java.util.List;

/**
 * Snapshots of one article that say different things about the same matter.
 *
 * @param article     the article title
 * @param subject     the article's country
 * @param counterpart the other country or organisation
 * @param about       what they disagree on
 * @param statements  the facts that disagree, newest snapshot first
 * @param explanation one line a reader can follow
 */
public record Contradiction(String article, EntityId subject, EntityId counterpart, Disagreement about,
                            List<Fact> statements, String explanation) {
    /** What snapshots can disagree on. */
    public enum Disagreement {
        /** The same statement with another date ("in 1961" against "50 years ago"). */
        DATE,
        /** Whether the two states have relations at all. */
        STANDING
    }

    public Contradiction {
        statements = List.copyOf(statements);
    }

    /** True when the contradiction bears on this fact: it is one of the statements, or of the same matter. */
    public boolean bearsOn(Fact fact) {
        if (statements.contains(fact)) {
            return true;
        }
        boolean samePair = fact.counterpart().equals(counterpart) && fact.provenance().article().equals(article);
        return samePair && (about == Disagreement.DATE ? statements.get(0).kind() == fact.kind()
                : fact.type() == FactType.RELATION_EVENT);
    }
}
