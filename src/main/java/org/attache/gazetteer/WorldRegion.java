package org.attache.gazetteer;

/**
 * The part of the world a regional organisation's members come from. A body with members from several of them
 * (the Commonwealth, the OIC, NATO, APEC) has none: only a regional body can be told apart from a country's own
 * region.
 */
public enum WorldRegion {
    AMERICAS, EUROPE, AFRICA, ASIA, MIDDLE_EAST, EURASIA, PACIFIC
}
