package org.attache.gazetteer;

/** How a text named an entity. */
public enum MentionForm {
    /** Its name or another full name ("Republic of Korea"). */
    NAME,
    /** An abbreviation, matched with its exact case ("PRC", "OAS"). */
    ABBREVIATION,
    /** A demonym or adjective ("Salvadoran", "Ecuadorians"). */
    DEMONYM
}
