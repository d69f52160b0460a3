package org.attache.answer;

import org.attache.fact.Fact;
import org.attache.fact.MissionKind;
import org.attache.fact.RelationEventKind;

import java.util.List;

/**
 * Yes or no to a yes/no question, from the facts chosen to answer it. No when they say the opposite of what is
 * asked: an accreditation from abroad where a resident mission is asked for ("No: Kenya is accredited to Chile from
 * its embassy in Brasília"), or relations whose newest state is broken; yes when they bear it out.
 */
final class Verdict {
    private Verdict() {
    }

    static String of(List<Fact> facts) {
        boolean onlyAccreditations = facts.stream().allMatch(f -> f.kind() == MissionKind.ACCREDITED);
        boolean relationsBroken = !facts.isEmpty() && facts.stream().allMatch(f -> f.kind() instanceof RelationEventKind k
                && k.tellsStanding() && !k.relationsStand());
        return onlyAccreditations || relationsBroken ? "No" : "Yes";
    }
}
