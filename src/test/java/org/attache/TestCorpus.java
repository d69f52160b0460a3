package org.attache;

import org.attache.fact.RelationsDataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real relations dataset of 2019-07 beside the project ({@code ../shared/corpus/}), loaded with the bundled
 * sources through a manifest written as a user would write it: the bundled entries plus one {@code dataset-csv}
 * entry. Loaded once for all tests that only read it.
 */
public final class TestCorpus {
    public static final Path CSV = Path.of("..", "shared", "corpus", "foreign-relations-2019-07.csv")
            .toAbsolutePath().normalize();
    public static final int ARTICLES = 110;

    private static final class Holder {
        static final RelationsDataset WITH_BUNDLED = TestDataset.load(manifest());
    }

    private TestCorpus() {
    }

    /** The bundled sources and the corpus. */
    public static RelationsDataset withBundled() {
        return Holder.WITH_BUNDLED;
    }

    /** A manifest in a folder of its own naming the bundled sources (absolute) and the corpus CSV. */
    public static Path manifest() {
        try {
            Path folder = Files.createTempDirectory("attache-corpus");
            // Removed when the tests end (files registered later are deleted first).
            folder.toFile().deleteOnExit();
            String bundled = Files.readString(TestDataset.MANIFEST, StandardCharsets.UTF_8)
                    .replaceAll("(?m)^(\\s*- file: )", "$1" + TestDataset.MANIFEST.toAbsolutePath().getParent() + "/");
            Path manifest = folder.resolve("sources.yaml");
            manifest.toFile().deleteOnExit();
            Files.writeString(manifest, bundled + entry(CSV.toString()), StandardCharsets.UTF_8);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest entry of a dataset CSV, as the README documents it. */
    public static String entry(String file) {
        return """

                  - file: %s
                    format: dataset-csv
                    snapshot: 2019-07
                    snapshot-derivation: English Wikipedia dump of 2019-07-20
                """.formatted(file);
    }
}
