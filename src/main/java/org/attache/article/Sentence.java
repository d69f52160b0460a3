package org.attache.article;

import java.util.List;
import java.util.Set;

/**
 * A sentence of an article as a reader sees it: plain text, with the references that follow it and the
 * maintenance flags that mark it.
 *
 * @param text       the sentence, markup removed
 * @param line       the source line the sentence starts on
 * @param block      paragraph or bullet item
 * @param references the references bound to this sentence, in order
 * @param flags      flags on this sentence itself (section and article flags live on those)
 */
public record Sentence(String text, int line, BlockKind block, List<Reference> references, Set<Flag> flags) {
    public Sentence {
        references = List.copyOf(references);
        flags = Set.copyOf(flags);
    }
}
