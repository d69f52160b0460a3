package org.attache.app;

import org.attache.prepare.Fingerprint;
import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What {@code attache --version} prints: the version and the commit the jar was built from (written at build time
 * into {@code attache-build.properties}), and the fingerprint of the dataset the configuration names, the same one
 * that decides whether prepared data is still current.
 */
final class VersionInfo implements IVersionProvider {
    private final Invocation invocation;

    VersionInfo(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("/attache-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"attache " + build.getProperty("git.build.version", "(unknown version)") + " (commit "
                + build.getProperty("git.commit.id.abbrev", "unknown") + ")", "dataset " + dataset()};
    }

    private String dataset() {
        try {
            AttacheConfig config = invocation.config();
            return Fingerprint.of(config.manifest(), config.gazetteer()) + " (" + config.manifest() + ")";
        } catch (RuntimeException e) {
            return "unknown: " + OneLine.of(e);
        }
    }
}
