package org.attache.article;

/**
 * Where an article snapshot came from, as the manifest describes it. A dataset CSV's entry leaves title, country and
 * address empty: each of its rows says them for its own article.
 *
 * @param file                the source file, as given in the manifest
 * @param format              how the file is written
 * @param title               the Wikipedia article title
 * @param country             the country the article is about
 * @param url                 the article's address
 * @param snapshot            when the text was current (yyyy-mm or yyyy-mm-dd)
 * @param snapshotDerivation  how that date was derived
 */
public record ArticleSource(String file, SourceFormat format, String title, String country, String url,
                            String snapshot, String snapshotDerivation) {
}
