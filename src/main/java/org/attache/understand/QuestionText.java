package org.attache.understand;

/**
 * A question as typed, made safe to work on: control characters and unpaired surrogates removed, markdown and
 * mention syntax reduced to words, white space folded, length bounded. Nothing of it is ever echoed in an answer.
 */
public final class QuestionText {
    /** Longer questions are cut here: no real question about two countries needs more. */
    public static final int MAX_LENGTH = 500;

    private QuestionText() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_LENGTH * 2));
        for (int i = 0; i < raw.length() && out.length() < MAX_LENGTH * 2; i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                out.append(c).append(raw.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                continue;
            } else {
                out.append(c);
            }
        }
        String text = out.toString()
                .replaceAll("<[@#][!&]?\\d+>", " ")       // Discord user, role and channel mentions
                .replaceAll("@(everyone|here)\\b", " ")
                .replaceAll("```[\\s\\S]*?```", " ")       // code blocks say nothing about relations
                .replaceAll("[*_~`|>#\\\\]+", " ")          // markdown emphasis, quotes, headings, spoilers
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH).strip() : text;
    }
}
