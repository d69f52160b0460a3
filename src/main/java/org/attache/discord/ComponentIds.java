package org.attache.discord;

import net.dv8tion.jda.api.components.buttons.Button;
import org.attache.discord.ComponentId.Page;
import org.attache.discord.ComponentId.PageKind;
import org.attache.discord.ComponentId.QuizAnswer;
import org.attache.discord.ComponentId.QuizFlag;
import org.attache.discord.ComponentId.QuizNext;
import org.attache.discord.ComponentId.QuizQuestionRef;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one codec of the bot's button ids. Version 1 writes {@code a1:<type>:<fields>}:
 * <ul>
 *   <li>{@code a1:pg:r:2:Ecuador}: page 2 of Ecuador's relations; {@code a1:pg:s:3:} page 3 of the sources;</li>
 *   <li>{@code a1:qa:<session>:<question>:<option>}: an answer button; {@code a1:qn:<session>:<question>} the
 *   host's Next; {@code a1:qf:<session>:<question>} a flag.</li>
 * </ul>
 * The layouts of the buttons earlier versions posted ({@code p1:r:2:Ecuador}, {@code quiz:<session>:0:next}) are
 * still read, so messages already in channels keep working. Anything else (malformed, out of range, another
 * bot's or a later version's) reads as no id of ours.
 */
final class ComponentIds {
    static final String VERSION = "a1:";
    private static final String LEGACY_PAGE = "p1:";
    private static final String LEGACY_QUIZ = "quiz:";
    /** A number as we write it: no sign, no leading zero, at most four digits. */
    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,3}");

    private ComponentIds() {
    }

    static String encode(ComponentId id) {
        // Java 17 has no pattern switch: the sealed interface's four records, one by one
        if (id instanceof Page page) {
            return VERSION + "pg:" + code(page.kind()) + ":" + page.page() + ":" + page.subject();
        }
        if (id instanceof QuizAnswer answer) {
            return VERSION + "qa:" + ref(answer.question()) + ":" + answer.option();
        }
        if (id instanceof QuizNext next) {
            return VERSION + "qn:" + ref(next.question());
        }
        return VERSION + "qf:" + ref(((QuizFlag) id).question());
    }

    /** The length the id of a page button would have: {@link Page} refuses one that would not fit. */
    static int lengthOf(PageKind kind, int page, String subject) {
        return VERSION.length() + "pg:".length() + code(kind).length() + 1 + String.valueOf(page).length() + 1
                + subject.length();
    }

    /** Our button the id stands for, or empty for anything that is no id of ours. */
    static Optional<ComponentId> decode(String id) {
        if (id == null || id.length() > Button.ID_MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            if (id.startsWith(VERSION)) {
                return version1(id.substring(VERSION.length()));
            }
            if (id.startsWith(LEGACY_PAGE)) {
                return page(id.substring(LEGACY_PAGE.length()));
            }
            if (id.startsWith(LEGACY_QUIZ)) {
                return legacyQuiz(id.substring(LEGACY_QUIZ.length()));
            }
        } catch (IllegalArgumentException e) {
            // a field out of range: the records refuse what could not have been written
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<ComponentId> version1(String rest) {
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String fields = rest.substring(colon + 1);
        return switch (rest.substring(0, colon)) {
            case "pg" -> page(fields);
            case "qa" -> quiz(fields, 3).map(f -> new QuizAnswer(ref(f), number(f[2])));
            case "qn" -> quiz(fields, 2).map(f -> new QuizNext(ref(f)));
            case "qf" -> quiz(fields, 2).map(f -> new QuizFlag(ref(f)));
            default -> Optional.empty();
        };
    }

    /** {@code r:2:Ecuador} or {@code s:3:}: the subject last, since a country's name may hold a colon. */
    private static Optional<ComponentId> page(String fields) {
        String[] parts = fields.split(":", 3);
        if (parts.length != 3 || !NUMBER.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        Optional<PageKind> kind = switch (parts[0]) {
            case "r" -> Optional.of(PageKind.RELATIONS);
            case "s" -> Optional.of(PageKind.SOURCES);
            default -> Optional.empty();
        };
        return kind.map(k -> new Page(k, Integer.parseInt(parts[1]), parts[2]));
    }

    /** {@code <session>:<question>:<option|next|flag>}, as the first quiz buttons were written. */
    private static Optional<ComponentId> legacyQuiz(String fields) {
        String[] parts = fields.split(":", -1);
        if (parts.length != 3 || !NUMBER.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        QuizQuestionRef question = ref(parts);
        return switch (parts[2]) {
            case "next" -> Optional.of(new QuizNext(question));
            case "flag" -> Optional.of(new QuizFlag(question));
            default -> NUMBER.matcher(parts[2]).matches()
                    ? Optional.of(new QuizAnswer(question, Integer.parseInt(parts[2]))) : Optional.empty();
        };
    }

    /** The fields of a quiz button: a session, then numbers only. */
    private static Optional<String[]> quiz(String fields, int count) {
        String[] parts = fields.split(":", -1);
        if (parts.length != count) {
            return Optional.empty();
        }
        for (int i = 1; i < count; i++) {
            if (!NUMBER.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(parts);
    }

    private static QuizQuestionRef ref(String[] fields) {
        return new QuizQuestionRef(fields[0], number(fields[1]));
    }

    private static int number(String field) {
        return Integer.parseInt(field);
    }

    private static String ref(QuizQuestionRef question) {
        return question.sessionId() + ":" + question.index();
    }

    private static String code(PageKind kind) {
        return switch (kind) {
            case RELATIONS -> "r";
            case SOURCES -> "s";
        };
    }
}
