package org.attache.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs after every other test class ({@code junit.jupiter.testclass.order.default}), alone: an ERROR logged in this run that no test claimed (see
 * {@link LoggedErrors}) fails the build, with the errors, their traces included.
 */
@Isolated
@Order(Integer.MAX_VALUE)
class NoUnexpectedErrorsTest {
    @Test
    void noTestLoggedAnErrorItDidNotExpect() {
        List<ILoggingEvent> unclaimed = LoggedErrors.unclaimed();
        assertTrue(unclaimed.isEmpty(), () -> unclaimed.size() + " error(s) logged that no test expected:\n"
                + unclaimed.stream().map(e -> e.getLoggerName() + " - " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n")));
    }
}
