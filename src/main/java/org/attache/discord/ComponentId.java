package org.attache.discord;

import net.dv8tion.jda.api.components.buttons.Button;

import java.util.regex.Pattern;

/**
 * What one of the bot's buttons stands for. Each id names everything needed to act on a click, so a restarted bot
 * (or another process sharing the database) serves old buttons. Ids are written and read only by
 * {@link ComponentIds}; a value that could not be read back cannot be made.
 */
sealed interface ComponentId {

    /** A Prev/Next button of a paged reply: the page it leads to, from 1. */
    record Page(PageKind kind, int page, String subject) implements ComponentId {
        /** More pages than anything here has; a larger number is no id of ours. */
        static final int MAX_PAGE = 9999;

        public Page {
            if (kind == null || subject == null) {
                throw new IllegalArgumentException("a page button needs a kind and a subject");
            }
            if (page < 1 || page > MAX_PAGE) {
                throw new IllegalArgumentException("page out of range: " + page);
            }
            boolean wellFormed = kind == PageKind.SOURCES ? subject.isEmpty()
                    : !subject.isBlank() && subject.chars().noneMatch(Character::isISOControl);
            if (!wellFormed) {
                throw new IllegalArgumentException("not a subject for " + kind + ": " + subject);
            }
            if (ComponentIds.lengthOf(kind, page, subject) > Button.ID_MAX_LENGTH) {
                throw new IllegalArgumentException("too long for a button id: " + subject);
            }
        }

        static Page sources(int page) {
            return new Page(PageKind.SOURCES, page, "");
        }

        static Page relations(String country, int page) {
            return new Page(PageKind.RELATIONS, page, country);
        }

        /** The same paged reply at another page. */
        Page at(int other) {
            return new Page(kind, other, subject);
        }
    }

    /** What a paged reply pages through. */
    enum PageKind {
        RELATIONS, SOURCES
    }

    /** A question of a quiz: its session and its place in it, from 0. */
    record QuizQuestionRef(String sessionId, int index) {
        private static final Pattern SESSION = Pattern.compile(
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        public QuizQuestionRef {
            if (sessionId == null || !SESSION.matcher(sessionId).matches()) {
                throw new IllegalArgumentException("not a quiz session id: " + sessionId);
            }
            if (index < 0 || index >= QuizCommand.MAX_QUESTIONS) {
                throw new IllegalArgumentException("question out of range: " + index);
            }
        }
    }

    /** An answer button A–D. */
    record QuizAnswer(QuizQuestionRef question, int option) implements ComponentId {
        /** Four options: A to D. */
        static final int OPTIONS = 4;

        public QuizAnswer {
            if (question == null || option < 0 || option >= OPTIONS) {
                throw new IllegalArgumentException("not an answer: " + option);
            }
        }
    }

    /** The host's "Reveal and next" button. */
    record QuizNext(QuizQuestionRef question) implements ComponentId {
        public QuizNext {
            if (question == null) {
                throw new IllegalArgumentException("a Next button needs its question");
            }
        }
    }

    /** "Flag: this question is wrong", under a reveal. */
    record QuizFlag(QuizQuestionRef question) implements ComponentId {
        public QuizFlag {
            if (question == null) {
                throw new IllegalArgumentException("a flag needs its question");
            }
        }
    }
}
