package org.attache.fact;

import org.attache.article.Sentence;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one country besides the article's own that a paragraph has named before a sentence: where a source lost its
 * headings, "Since at least the 1600s Ireland has had political connections with the United Kingdom … In 1998, both
 * states signed the Good Friday Agreement" still says who "both states" are. A paragraph is the sentences that start
 * on one source line (a paragraph of a dump or of wikitext is one line). The paragraph must have named the article's
 * country and exactly one other: two or more others, or none of its own, and it names no pair.
 */
final class ParagraphCountry {
    private final Entity articleCountry;
    private int line = -1;
    private final Set<Entity> named = new LinkedHashSet<>();
    /**
     * "They were both re-occupied by the USSR. Both countries established …": a paragraph that never named the
     * article's country may be about another pair.
     */
    private boolean articleNamed;

    ParagraphCountry(Entity articleCountry) {
        this.articleCountry = articleCountry;
    }

    /**
     * The other country the sentence's paragraph named before it, if exactly one; then the sentence's own names are
     * counted for the sentences after it.
     */
    Optional<Entity> before(Sentence sentence, List<Mention> mentions) {
        if (sentence.line() != line) {
            line = sentence.line();
            named.clear();
            articleNamed = false;
        }
        Optional<Entity> one = articleNamed && named.size() == 1 ? Optional.of(named.iterator().next())
                : Optional.empty();
        // demonyms too: "the Irish government" names Ireland as a party the next sentence may call "both states"
        mentions.stream().map(Mention::entity).filter(Entity::isCountry).forEach(country -> {
            if (country.equals(articleCountry)) {
                articleNamed = true;
            } else {
                named.add(country);
            }
        });
        return one;
    }
}
