package org.attache.source;

import org.attache.article.Article;
import org.attache.article.ArticleSource;

/** Turns the text of one source file into an article. */
public interface ArticleReader {
    /**
     * @param source   what the manifest says of the file
     * @param text     the file's text, already decoded
     * @param problems where to report what is wrong; a reader reports and goes on rather than failing
     */
    Article read(ArticleSource source, String text, ProblemLog problems);
}
