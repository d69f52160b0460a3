package org.attache.discord;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A handler that failed: one log line with a short reference, and the same reference to the user, so a report
 * ("ref ab12cd") finds its line. The stack trace is logged at debug level only.
 */
final class FailureReports {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReports.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Bytes of a reference: six hex digits are plenty to find one line in a day's log. */
    private static final int REF_BYTES = 3;

    private FailureReports() {
    }

    /** Logs the failure and returns what the user is told. */
    static String report(String what, Throwable failure) {
        byte[] bytes = new byte[REF_BYTES];
        RANDOM.nextBytes(bytes);
        String ref = HexFormat.of().formatHex(bytes);
        LOG.error("{} failed (ref {}): {}", what, ref, failure.toString());
        LOG.debug("ref {}", ref, failure);
        return "Something went wrong (ref " + ref + "); it has been logged.";
    }
}
