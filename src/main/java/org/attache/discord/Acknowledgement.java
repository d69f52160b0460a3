package org.attache.discord;

/**
 * How an interaction is acknowledged, at once and before its handler runs: Discord drops an interaction it has not
 * heard back on within 3 seconds, whatever the handler is doing.
 */
enum Acknowledgement {
    /** "Attaché is thinking…", visible to the channel; the reply replaces it. */
    PUBLIC,
    /** As {@link #PUBLIC}, seen only by the user. */
    PRIVATE,
    /** A button's message is to be edited: nothing shows until it is. */
    EDIT
}
