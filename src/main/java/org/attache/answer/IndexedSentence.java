package org.attache.answer;

import org.attache.article.Article;
import org.attache.article.Section;
import org.attache.article.Sentence;

/** A sentence in the index, with the article and section it belongs to. */
record IndexedSentence(Article article, Section section, Sentence sentence) {
}
