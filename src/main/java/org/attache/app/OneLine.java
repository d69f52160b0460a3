package org.attache.app;

/** A failure as one line a user can read: its message's first line, or its kind when it has none. */
final class OneLine {
    private static final int MAX = 300;

    private OneLine() {
    }

    static String of(Throwable failure) {
        Throwable shown = failure;
        // wrappers ("java.util.concurrent.CompletionException: …") say less than what they wrap
        while (shown.getCause() != null && (shown.getMessage() == null
                || shown.getMessage().contains(shown.getCause().getClass().getName()))) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        String line = message == null || message.isBlank() ? shown.getClass().getSimpleName()
                : message.lines().findFirst().orElse("").strip();
        return line.length() > MAX ? line.substring(0, MAX) + "…" : line;
    }
}
