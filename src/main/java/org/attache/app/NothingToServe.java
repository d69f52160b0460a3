package org.attache.app;

/**
 * The sources gave no article: the manifest is missing, lists nothing, or every source failed. No mode runs on an
 * empty dataset; the user gets one line saying why, and exit code 2.
 */
final class NothingToServe extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NothingToServe(String message) {
        super(message, null, false, false);
    }
}
