package org.attache.answer;

import org.attache.fact.Fact;
import org.attache.fact.MissionKind;
import org.attache.fact.RelationEventKind;

import java.util.List;

/**
 * Yes or no to a yes/no question, from the facts chosen to answer it. No when they say the opposite of what is
 * asked: an accreditation from abroad where a resident mission is asked for ("No: Kenya is accredited to Chile from
 * its embassy in Brasília"), or relations whose state is broken; yes when they bear it out; neither when some
 * facts say relations stand and others that they were broken.
 */
final class Verdict {
    private Verdict() {
    }

    /**
     * @param accreditationAsked the question asks whether a country is accredited or represented ("Is the Spanish
     *                           embassy in Beijing accredited to North Korea?"), which an accreditation bears out
     */
    static java.util.Optional<String> of(List<Fact> facts, boolean accreditationAsked) {
        boolean onlyAccreditations = !accreditationAsked
                && facts.stream().allMatch(f -> f.kind() == MissionKind.ACCREDITED);
        if (onlyAccreditations) {
            return java.util.Optional.of("No");
        }
        if (facts.stream().anyMatch(f -> f.kind() instanceof RelationEventKind r && r.tellsStanding()
                && laterNewsInItsSentence(f))) {
            // "… re-establish relations with the Republic of China in 1990, it has been restored ties with the
            // P.R.C. in 1994": what came later may have undone the event, so its sentence is quoted, not restated
            return java.util.Optional.empty();
        }
        List<RelationEventKind> standing = facts.stream().map(Fact::kind)
                .filter(k -> k instanceof RelationEventKind r && r.tellsStanding()).map(k -> (RelationEventKind) k)
                .toList();
        boolean broken = standing.stream().anyMatch(k -> !k.relationsStand());
        boolean stand = standing.stream().anyMatch(RelationEventKind::relationsStand);
        if (broken && stand) {
            // "established" and "severed (1964)": which is the later the sources do not always say
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(broken ? "No" : "Yes");
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

    /** True when the event's own sentence names a year after the event's: it tells of something that came later. */
    static boolean laterNewsInItsSentence(Fact event) {
        java.util.OptionalInt year = event.date().map(d -> d.year()).orElse(java.util.OptionalInt.empty());
        if (year.isEmpty()) {
            return false;
        }
        java.util.regex.Matcher years = YEAR.matcher(event.provenance().sentence());
        while (years.find()) {
            if (Integer.parseInt(years.group(1)) > year.getAsInt()) {
                return true;
            }
        }
        return false;
    }
}
