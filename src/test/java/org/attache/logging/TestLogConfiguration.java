package org.attache.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Logger;

/**
 * Logging while the tests run under Surefire, found by Logback ahead of the program's own configuration (benchmarks
 * and the processes tests start keep the program's): warnings go to standard error one line each, without stack
 * traces; errors are kept by {@link LoggedErrors} for the tests to claim, and printed only by the check that finds
 * one unclaimed.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class TestLogConfiguration extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("surefire.real.class.path") == null) {
            // not a test run (a benchmark, a child process a test started): the program's own logging
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %replace(%msg){'[\\r\\n]+', ' '}%nopex%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> warnings = new ConsoleAppender<>();
        warnings.setContext(context);
        warnings.setName("WARNINGS");
        warnings.setTarget("System.err");
        warnings.setEncoder(encoder);
        ThresholdFilter atLeastWarn = new ThresholdFilter();
        atLeastWarn.setLevel("WARN");
        atLeastWarn.start();
        warnings.addFilter(atLeastWarn);
        warnings.addFilter(new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                return event.getLevel().isGreaterOrEqual(Level.ERROR) ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
        });
        warnings.start();
        LoggedErrors errors = new LoggedErrors();
        errors.setContext(context);
        errors.setName("ERRORS");
        errors.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv().getOrDefault("ATTACHE_LOG_LEVEL", "WARN"), Level.WARN));
        root.addAppender(warnings);
        root.addAppender(errors);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
