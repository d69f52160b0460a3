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
}
