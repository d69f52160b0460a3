package org.attache.fact;

import org.attache.article.Flag;
import org.attache.article.Reference;
import org.attache.gazetteer.EntityId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a fact was read: the citation every answer and quiz question carries.
 *
 * @param article    the article title
 * @param snapshot   when the article's text was current
 * @param file       the source file
 * @param line       the line the sentence starts on
 * @param section    the section's heading, empty for a lead or a source without sections
 * @param url        the section link (article URL with anchor), or the article URL
 * @param sentence   the sentence, verbatim
 * @param references the references the article gives for the sentence
 * @param flags      maintenance flags on the sentence, its section or the article
 * @param pairArticle the pair's relations article (or the other country's foreign relations) the section names as
 *                    its main one, if any (see
 *                    {@link org.attache.article.Section#pairArticle()})
 * @param paragraphCountry where the section names no pair, the country the sentence's paragraph named before a
 *                    sentence that speaks of "the two countries" (see {@code ParagraphCountry})
 */
public record Provenance(String article, String snapshot, String file, int line, Optional<String> section,
                         String url, String sentence, List<Reference> references, Set<Flag> flags,
                         Optional<String> pairArticle, Optional<EntityId> paragraphCountry) {
    public Provenance {
        references = List.copyOf(references);
        flags = Set.copyOf(flags);
    }
}
