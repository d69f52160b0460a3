package org.attache.article;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One snapshot of one article, parsed: who it is about, when it was current, and its text by section.
 *
 * @param source   the source it was read from (file, format, title, snapshot and address)
 * @param sections sections in document order, the lead first
 * @param flags    maintenance flags on the whole article
 */
public record Article(ArticleSource source, List<Section> sections, Set<Flag> flags) {
    public Article {
        sections = List.copyOf(sections);
        flags = Set.copyOf(flags);
    }

    public String title() {
        return source.title();
    }

    public String snapshot() {
        return source.snapshot();
    }

    /** The address of a section: the article's URL with the section's anchor, or the article's URL for a lead. */
    public String linkTo(Section section) {
        return section.anchor().map(anchor -> source.url() + "#" + anchor).orElse(source.url());
    }

    /** The section with this heading (case-insensitive), if the article has one. */
    public Optional<Section> section(String heading) {
        return sections.stream()
                .filter(s -> s.heading().map(h -> h.equalsIgnoreCase(heading)).orElse(false))
                .findFirst();
    }

    /** Every sentence of the article, in document order. */
    public List<Sentence> sentences() {
        return sections.stream().flatMap(s -> s.sentences().stream()).toList();
    }
}
