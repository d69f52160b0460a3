package org.attache.source;

import org.attache.article.ArticleSource;

/**
 * One entry of the sources manifest, with the manifest line it starts on (for problems about it).
 */
public record ManifestEntry(ArticleSource source, int line) {
}
