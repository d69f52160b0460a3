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

    /** "Jordan–Russia relations": the title of an article on a pair's relations. */
    private static final java.util.regex.Pattern PAIR_TITLE = java.util.regex.Pattern.compile(
            "\\S.*\\S\\s*[-\u2013\u2014]\\s*\\S.*\\srelations");

    /** True when a title names a pair's relations article ("Cameroon–Israel relations"). */
    public static boolean isPairTitle(String title) {
        return PAIR_TITLE.matcher(title).matches();
    }

    /**
     * True when a title names the article a section of a country's relations defers to: the pair's relations
     * ("Cameroon–Israel relations") or the other country's foreign relations ("Foreign relations of Cyprus").
     */
    public static boolean isMainArticleTitle(String title) {
        return isPairTitle(title) || title.startsWith(OTHER_COUNTRYS_ARTICLE);
    }

    private static final String OTHER_COUNTRYS_ARTICLE = "Foreign relations of ";

    /**
     * The pair's relations article (or the other country's foreign relations) the section names as its main one ("See Jordan–Russia relations" over a
     * section on Russia), if any: where a source lost its headings, it still says whom the section is about.
     */
    public Optional<String> pairArticle() {
        return related.stream().filter(Section::isMainArticleTitle).findFirst();
    }

    /** The section's own heading, or empty for a lead. */
    public Optional<String> heading() {
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }
}
