package org.attache.fact;

import java.util.Optional;

/**
 * One typed fact with its provenance.
 *
 * @param id          stable identifier (article, snapshot, line, type, kind, parties, place)
 * @param type        what sort of fact
 * @param kind        the narrower kind (established, embassy, war, trade …)
 * @param subject     the country the fact is about (for a mission, the country whose mission it is)
 * @param counterpart the other country or the organisation (for a mission, the host country)
 * @param name        what the fact names, where it names something: a war, a treaty, a city, an amount
 * @param date        when, as the sentence states it
 * @param statement   the fact in a short sentence of our own
 * @param provenance  where it was read
 */
public record Fact(String id, FactType type, String kind, String subject, String counterpart, Optional<String> name,
                   Optional<FactDate> date, String statement, Provenance provenance) {

    /** True when the fact concerns this country or organisation, as subject or counterpart. */
    public boolean involves(String entityName) {
        return subject.equalsIgnoreCase(entityName) || counterpart.equalsIgnoreCase(entityName);
    }
}
