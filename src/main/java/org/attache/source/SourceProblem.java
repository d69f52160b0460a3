package org.attache.source;

/**
 * Something wrong in a source, said so a person can find and fix it.
 *
 * @param file    the file, as named in the manifest (or the manifest itself)
 * @param line    the 1-based line where the problem is
 * @param message what is wrong and, where it helps, what was done about it
 * @param sourceLeftOut true when the problem cost the whole source: nothing of it is loaded
 */
public record SourceProblem(String file, int line, String message, boolean sourceLeftOut) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
