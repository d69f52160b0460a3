package org.attache.discord;

import net.dv8tion.jda.api.components.buttons.Button;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The custom id of a Prev/Next button of a paged reply, and the one place such ids are written and read:
 * {@code p1:<kind>:<page>:<subject>}, e.g. {@code p1:r:2:Ecuador} (page 2 of Ecuador's relations) or {@code p1:s:3:}
 * (page 3 of the sources). The id names everything needed to draw the page again, so a restarted bot still serves
 * old buttons.
 *
 * @param kind    what is paged
 * @param page    the page the button leads to, from 1
 * @param subject the country whose relations are paged; empty for the sources
 */
record PageButtonId(Kind kind, int page, String subject) {
    /** The version prefix: a later layout of the id gets another. */
    static final String PREFIX = "p1:";
    /** More pages than anything here has; a larger number is no id of ours. */
    static final int MAX_PAGE = 9999;
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,3}");

    /** What a paged reply pages through. */
    enum Kind {
        RELATIONS("r"), SOURCES("s");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        static Optional<Kind> byCode(String code) {
            return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
        }
    }

    PageButtonId {
        if (kind == null || subject == null) {
            throw new IllegalArgumentException("a page button needs a kind and a subject");
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page out of range: " + page);
        }
        boolean wellFormed = kind == Kind.SOURCES ? subject.isEmpty()
                : !subject.isBlank() && subject.chars().noneMatch(Character::isISOControl);
        if (!wellFormed) {
            throw new IllegalArgumentException("not a subject for " + kind + ": " + subject);
        }
        if (PREFIX.length() + kind.code.length() + String.valueOf(page).length() + subject.length() + 2
                > Button.ID_MAX_LENGTH) {
            throw new IllegalArgumentException("too long for a button id: " + subject);
        }
    }

    static PageButtonId sources(int page) {
        return new PageButtonId(Kind.SOURCES, page, "");
    }

    static PageButtonId relations(String country, int page) {
        return new PageButtonId(Kind.RELATIONS, page, country);
    }

    /** The same paged reply at another page. */
    PageButtonId at(int other) {
        return new PageButtonId(kind, other, subject);
    }

    String encode() {
        return PREFIX + kind.code + ":" + page + ":" + subject;
    }

    /** The id of one of our page buttons, or empty for anything else (malformed, another version, out of range). */
    static Optional<PageButtonId> decode(String id) {
        if (id == null || !id.startsWith(PREFIX) || id.length() > Button.ID_MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = id.substring(PREFIX.length()).split(":", 3);
        if (parts.length != 3 || !PAGE.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        try {
            return Kind.byCode(parts[0]).map(kind -> new PageButtonId(kind, Integer.parseInt(parts[1]), parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
