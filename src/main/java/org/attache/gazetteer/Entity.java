package org.attache.gazetteer;

import java.util.Optional;

/**
 * A country, organisation, city or region the gazetteer knows.
 *
 * @param id      a stable key (see {@link EntityId})
 * @param kind    what it is
 * @param name    its canonical English name
 * @param country for a country its own code, for a city the code of its country; empty otherwise
 * @param subkind for an organisation what sort it is ("organisation", "armed group" …); empty otherwise
 */
public record Entity(EntityId id, EntityKind kind, String name, Optional<EntityId> country, Optional<String> subkind) {

    public boolean isCountry() {
        return kind == EntityKind.COUNTRY;
    }

    public boolean isCity() {
        return kind == EntityKind.CITY;
    }

    /** An international organisation a state can belong to (not an armed group, company or government body). */
    public boolean isMembershipOrganisation() {
        return kind == EntityKind.ORGANISATION && subkind.map(s -> s.equals("organisation") || s.equals("treaty")
                || s.equals(WORLDWIDE)).orElse(true);
    }

    /** A body nearly every state belongs to (the UN, the WHO): no quiz offers it as a body a country is not in. */
    public boolean isWorldwide() {
        return kind == EntityKind.ORGANISATION && subkind.filter(WORLDWIDE::equals).isPresent();
    }

    private static final String WORLDWIDE = "worldwide organisation";
}
