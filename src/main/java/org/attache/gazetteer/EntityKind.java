package org.attache.gazetteer;

/** What a named thing is. */
public enum EntityKind {
    COUNTRY,
    ORGANISATION,
    CITY,
    /** A part of the world that is not a state (Latin America); known so that its name is never misread. */
    REGION
}
