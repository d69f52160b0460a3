package org.attache.fact;

import java.util.List;

/**
 * Snapshots of one article that say different things about the same matter.
 *
 * @param article     the article title
 * @param subject     the article's country
 * @param counterpart the other country or organisation
 * @param topic       what they disagree on ("suspended", "standing of relations")
 * @param statements  the facts that disagree, newest snapshot first
 * @param explanation one line a reader can follow
 */
public record Contradiction(String article, String subject, String counterpart, String topic, List<Fact> statements,
                            String explanation) {
    public Contradiction {
        statements = List.copyOf(statements);
    }
}
