package org.attache.fact;

/** A date found in a sentence, with its character span. */
record DateMention(FactDate date, int start, int end) {
}
