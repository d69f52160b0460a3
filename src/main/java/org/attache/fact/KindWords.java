package org.attache.fact;

import java.util.List;

/**
 * The words of a fact kind: its label, and the stems a question uses when it asks about it.
 *
 * @param label as {@code facts --json} shows the kind ("established", "honorary consulate")
 * @param cues  stems of question words that point at the kind ("consul", "sever"), lower case
 */
record KindWords(String label, List<String> cues) {
    KindWords {
        cues = List.copyOf(cues);
    }
}
