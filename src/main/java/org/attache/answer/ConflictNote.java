package org.attache.answer;

/**
 * What another snapshot of the same article says otherwise.
 *
 * @param snapshot that snapshot's date
 * @param quote    its sentence, verbatim
 * @param url      its section link or article address
 */
public record ConflictNote(String snapshot, String quote, String url) {
}
