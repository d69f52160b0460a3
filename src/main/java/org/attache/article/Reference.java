package org.attache.article;

import java.util.Optional;

/**
 * One reference of an article: what a sentence cites.
 *
 * @param ordinal   its number in the article, in order of first use (as Wikipedia numbers them)
 * @param name      the name it is reused by ({@code <ref name=…/>}), if any
 * @param url       where it points, when the source gives an address (a dataset record gives none)
 * @param title     the cited work's title, when given
 * @param publisher publisher, work or newspaper, when given
 * @param date      the cited work's date as written, when given
 * @param line      the line of the source where the reference is defined
 */
public record Reference(int ordinal, Optional<String> name, Optional<String> url, Optional<String> title,
                        Optional<String> publisher, Optional<String> date, int line) {

    /** A reference known only by its number, as the [n] markers of a dataset record. */
    public static Reference ordinalOnly(int ordinal, int line) {
        return new Reference(ordinal, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), line);
    }
}
