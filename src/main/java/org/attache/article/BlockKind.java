package org.attache.article;

/** Where a sentence stood in its section. */
public enum BlockKind {
    PARAGRAPH,
    BULLET
}
