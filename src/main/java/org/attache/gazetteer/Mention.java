package org.attache.gazetteer;

/**
 * An entity named in a text, with the characters that name it.
 *
 * @param entity what is named
 * @param start  first character of the name
 * @param end    one past its last character
 * @param form   how it was named
 */
public record Mention(Entity entity, int start, int end, MentionForm form) {
    public String text(String in) {
        return in.substring(start, end);
    }
}
