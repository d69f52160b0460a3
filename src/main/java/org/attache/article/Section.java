package org.attache.article;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A section of an article. The lead (text before the first heading), and the whole text of a source that has no
 * sections, is a section with an empty heading path and no anchor.
 *
 * @param path      the headings from the top level down to this section, e.g. [Bilateral relations, Cuba]
 * @param anchor    the Wikipedia anchor of the heading, e.g. {@code South_Korea}
 * @param line      the line of the heading (1 for a lead)
 * @param sentences the section's sentences, in order
 * @param related   related articles the section points to ({@code {{main}}}, {@code {{see also}}}, {@code {{further}}})
 * @param flags     maintenance flags on the whole section
 */
public record Section(List<String> path, Optional<String> anchor, int line, List<Sentence> sentences,
                      List<String> related, Set<Flag> flags) {
    public Section {
        path = List.copyOf(path);
        sentences = List.copyOf(sentences);
        related = List.copyOf(related);
        flags = Set.copyOf(flags);
    }

    /** The section's own heading, or empty for a lead. */
    public Optional<String> heading() {
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }
}
