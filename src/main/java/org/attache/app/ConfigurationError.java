package org.attache.app;

/** A setting the user wrote wrong: reported in one line, with exit code 2, never with a stack trace. */
final class ConfigurationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigurationError(String message) {
        super(message, null, false, false);
    }
}
