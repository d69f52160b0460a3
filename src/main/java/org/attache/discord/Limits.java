package org.attache.discord;

/** Discord's length limits, kept by cutting on a line or sentence boundary and marking the cut with "…". */
final class Limits {
    private Limits() {
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, max - 1);
        int boundary = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(". ") + 1);
        return (boundary > max / 2 ? head.substring(0, boundary) : head).strip() + "…";
    }
}
