package org.attache.source.wikitext;

/** Finds where a nested construct such as {@code {{ … }}} or {@code [[ … ]]} closes. */
final class Braces {
    private Braces() {
    }

    /**
     * The index of the closing delimiter matching the opening one at {@code from}, counting nesting, or -1 when the
     * text ends first.
     */
    static int matchingClose(String text, int from, String open, String close) {
        int depth = 0;
        int i = from;
        while (i < text.length()) {
            if (text.startsWith(open, i)) {
                depth++;
                i += open.length();
            } else if (text.startsWith(close, i)) {
                depth--;
                if (depth == 0) {
                    return i;
                }
                i += close.length();
            } else {
                i++;
            }
        }
        return -1;
    }

    /** How many constructs of this kind are still open at the end of the text (never below zero). */
    static int openCount(String text, String open, String close) {
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(open, i)) {
                depth++;
                i += open.length();
            } else if (text.startsWith(close, i)) {
                depth = Math.max(0, depth - 1);
                i += close.length();
            } else {
                i++;
            }
        }
        return depth;
    }
}
