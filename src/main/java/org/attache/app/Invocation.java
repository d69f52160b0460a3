package org.attache.app;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What one run of the program was given: its streams and its environment. Every subcommand reads its configuration
 * and input from here, never from the process's globals, so that tests run it as a user would.
 */
record Invocation(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {

    /** The configuration the environment points to; a setting written wrong is a {@link ConfigurationError}. */
    AttacheConfig config() {
        try {
            return AttacheConfig.load(environment);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(e.getMessage());
        }
    }

    BufferedReader input() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Start-up work for a subcommand, its progress and warnings on standard error. */
    Startup startup() {
        return new Startup(config(), err);
    }
}
