package org.attache.answer;

import java.util.List;

/**
 * The one reply every front end renders.
 *
 * @param question  the question as asked
 * @param answered  false when the sources do not say (then there are no citations)
 * @param intent    the intent understood
 * @param entities  the countries, organisations and cities understood, by name
 * @param text      the answer as a person reads it
 * @param citations the evidence, newest snapshot first
 * @param conflicts what older snapshots say otherwise
 */
public record Answer(String question, boolean answered, String intent, List<String> entities, String text,
                     List<Citation> citations, List<ConflictNote> conflicts) {
    /** Discord's message limit, and the most any front end shows of one answer. */
    public static final int MAX_TEXT = 2000;

    public Answer {
        text = bounded(text);
        entities = List.copyOf(entities);
        citations = List.copyOf(citations);
        conflicts = List.copyOf(conflicts);
    }

    /** Cut at the last line or sentence end that fits, with "…". */
    private static String bounded(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        String head = text.substring(0, MAX_TEXT - 1);
        int cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(". ") + 1);
        return (cut > MAX_TEXT / 2 ? head.substring(0, cut) : head).strip() + "…";
    }
}
