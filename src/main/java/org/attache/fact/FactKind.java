package org.attache.fact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The narrow kind of a fact (established, embassy, founding member, war, treaty, trade value …), each family an
 * enum of its own. A kind carries its own language, so that answering, quizzes and snapshot alignment ask the kind
 * and none of them switches on a label: how a fact of the kind reads, how a quiz asks it, which words of a question
 * point at it, and whether relations stand after it.
 */
public sealed interface FactKind permits RelationEventKind, MissionKind, MembershipKind, ConflictKind, TreatyKind,
        FigureKind {

    /** The family. */
    FactType type();

    /** The kind's label and cue words. */
    KindWords words();

    /** The kind in a word or two, as {@code facts --json} shows it ("established", "honorary consulate"). */
    default String label() {
        return words().label();
    }

    /** Stems a question uses when it asks about this kind ("consul", "sever"), lower case. */
    default List<String> cues() {
        return words().cues();
    }

    /**
     * Stems of which one must stand in a sentence stating a fact of this kind (lower case): the question cues,
     * unless the kind says otherwise.
     */
    default List<String> evidence() {
        return cues();
    }

    /**
     * The quiz question a fact of this kind makes, from its subject's, counterpart's and name's display names;
     * empty for kinds no quiz asks about.
     */
    Optional<String> quizPrompt(String subject, String counterpart, String name);

    /** True when the two states have relations after a fact of this kind; only relation events can say so. */
    default boolean relationsStand() {
        return true;
    }

    /** True when a question word names this kind. */
    default boolean namedBy(Predicate<String> mentions) {
        return cues().stream().anyMatch(mentions);
    }

    /** Every kind of every family. */
    static Stream<FactKind> all() {
        return Stream.of(RelationEventKind.values(), MissionKind.values(), MembershipKind.values(),
                ConflictKind.values(), TreatyKind.values(), FigureKind.values()).flatMap(Arrays::stream);
    }

    /** The kind a type and label name, as stored ({@code MISSION} and "embassy"). */
    static Optional<FactKind> of(FactType type, String label) {
        return all().filter(k -> k.type() == type && k.label().equals(label)).findFirst();
    }

    /** The code a kind is stored under: its type and label ("MISSION:embassy"). */
    static String code(FactKind kind) {
        return kind.type().name() + ":" + kind.label();
    }

    /** The kind a stored code names. */
    static Optional<FactKind> fromCode(String code) {
        int colon = code.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Arrays.stream(FactType.values()).filter(t -> t.name().equals(code.substring(0, colon))).findFirst()
                .flatMap(t -> of(t, code.substring(colon + 1)));
    }

    /** Formats a template with the display names, for the enums' own use. */
    static String format(String template, String subject, String counterpart, String name) {
        return String.format(Locale.ROOT, template, subject, counterpart, name);
    }
}
