package org.attache.fact;

/** The kinds of fact the dataset holds. Each fact's {@code kind} narrows its type (established, embassy, war …). */
public enum FactType {
    /** Relations established, recognised, resumed, suspended, cancelled, severed, restored, upgraded, maintained. */
    RELATION_EVENT,
    /** An embassy, consulate, consulate-general or honorary consulate of one country in another. */
    MISSION,
    /** A country's membership of (or participation in) an organisation. */
    MEMBERSHIP,
    /** Wars, conflicts, disputes, crises, raids. */
    CONFLICT,
    /** Treaties, agreements, protocols, communiqués, declarations, settlements and court rulings. */
    TREATY,
    /** Figures: diaspora and community sizes, trade values, credit lines, troop rotations, visitors. */
    FIGURE
}
