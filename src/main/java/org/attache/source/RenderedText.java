package org.attache.source;

import org.attache.article.Flag;
import org.attache.article.Reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain text being built from a block of markup, remembering the source line of every character and where the
 * references and flags stood, so they can later be bound to the sentence they follow. White space is folded to
 * single spaces as it is appended.
 */
public final class RenderedText {
    /** A reference or flag standing at a character offset of the text. */
    public record Marker(int offset, List<Reference> references, List<Flag> flags) {
    }

    private final StringBuilder text = new StringBuilder();
    private int[] lines = new int[64];
    private final List<Marker> markers = new ArrayList<>();

    public void append(CharSequence chars, int line) {
        for (int i = 0; i < chars.length(); i++) {
            append(chars.charAt(i), line);
        }
    }

    public void append(char c, int line) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') {
                return;
            }
            c = ' ';
        }
        if (Character.isUpperCase(c) && endsWithRunOnSentence()) {
            // "…dignitary.It has": scraped and hand-edited text often lost the space after a full stop
            append(' ', line);
        }
        if (text.length() == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[text.length()] = line;
        text.append(c);
    }

    /** True when the text ends with a word of two or more lower-case letters and a full stop. */
    private boolean endsWithRunOnSentence() {
        int n = text.length();
        return n >= 3 && text.charAt(n - 1) == '.' && Character.isLowerCase(text.charAt(n - 2))
                && Character.isLowerCase(text.charAt(n - 3));
    }

    public void mark(Reference reference) {
        markers.add(new Marker(text.length(), List.of(reference), List.of()));
    }

    public void mark(Flag flag) {
        markers.add(new Marker(text.length(), List.of(), List.of(flag)));
    }

    public String text() {
        return text.toString();
    }

    public List<Marker> markers() {
        return List.copyOf(markers);
    }

    /** The source line of the character at this offset (the last character's line past the end). */
    public int lineAt(int offset, int fallback) {
        if (text.length() == 0) {
            return fallback;
        }
        return lines[Math.max(0, Math.min(offset, text.length() - 1))];
    }
}
