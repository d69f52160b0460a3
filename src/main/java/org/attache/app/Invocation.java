package org.attache.app;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What one run of the program was given: its streams and its environment. Every subcommand reads its configuration
 * and input from here, never from the process's globals, so that tests run it as a user would. The configuration
 * and the start-up work are made once per run.
 */
final class Invocation {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private AttacheConfig config;
    private Startup startup;

    Invocation(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** The configuration the environment points to; a setting written wrong is a {@link ConfigurationError}. */
    synchronized AttacheConfig config() {
        if (config == null) {
            try {
                config = AttacheConfig.load(environment);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationError(e.getMessage());
            }
        }
        return config;
    }

    BufferedReader input() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Start-up work for a subcommand, its progress and warnings on standard error. */
    synchronized Startup startup() {
        if (startup == null) {
            startup = new Startup(config(), err);
        }
        return startup;
    }

    /**
     * For a command line that will answer questions: the data starts loading now, in the background, while the
     * command line is still being read. A setting written wrong is left for the subcommand to report.
     */
    void beginAnswering() {
        try {
            startup().beginAnswering();
        } catch (ConfigurationError e) {
            // reported by the subcommand, through the command line's own handling
        }
    }
}
