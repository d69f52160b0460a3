package org.attache.source;

/**
 * Something wrong in a source, said so a person can find and fix it.
 *
 * @param file    the file, as named in the manifest (or the manifest itself)
 * @param line    the 1-based line where the problem is
 * @param message what is wrong and, where it helps, what was done about it
 */
public record SourceProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
