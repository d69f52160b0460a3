package org.attache;

import org.attache.answer.SentenceIndex;
import org.attache.fact.RelationsDataset;
import org.attache.prepare.Fingerprint;
import org.attache.prepare.PreparedFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The real relations dataset of 2019-07 beside the project ({@code ../shared/corpus/}), with the bundled sources.
 * For the tests that only read it, it is set up once as a user sets it up, in a folder of its own: the bundled
 * files, the corpus CSV and a manifest naming both, prepared through the bot's own prepared folder. The command-line
 * tests start the bot on the same folder and find it prepared, so the corpus is read from its sources once a run.
 */
public final class TestCorpus {
    public static final Path CSV = Path.of("..", "shared", "corpus", "foreign-relations-2019-07.csv")
            .toAbsolutePath().normalize();
    public static final int ARTICLES = 110;

    /** A user's data folder holding the bundled sources and the corpus. */
    public record Folder(Path manifest, Path gazetteer, Path prepared) {
    }

    private static final class Holder {
        static final Folder FOLDER = folder();
        static final PreparedFolder.Prepared WITH_BUNDLED = new PreparedFolder(FOLDER.prepared(),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                .open(Fingerprint.of(FOLDER.manifest(), FOLDER.gazetteer()), TestDataset.gazetteer(),
                        () -> TestDataset.load(FOLDER.manifest()));
    }

    private TestCorpus() {
    }

    /** The bundled sources and the corpus. */
    public static RelationsDataset withBundled() {
        return Holder.WITH_BUNDLED.dataset();
    }

    /** The sentence index prepared with {@link #withBundled()}. */
    public static SentenceIndex index() {
        return Holder.WITH_BUNDLED.index();
    }

    /** The folder {@link #withBundled()} was prepared from, its data prepared already. */
    public static Folder preparedFolder() {
        // reading the prepared data first makes sure it is there
        withBundled();
        return Holder.FOLDER;
    }

    private static Folder folder() {
        try {
            Path root = Files.createTempDirectory("attache-corpus-folder");
            Path data = Files.createDirectories(root.resolve("data"));
            try (var files = Files.list(TestDataset.MANIFEST.getParent())) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, data.resolve(file.getFileName()));
                }
            }
            Files.copy(CSV, data.resolve(CSV.getFileName()));
            Path manifest = data.resolve(TestDataset.MANIFEST.getFileName());
            Files.writeString(manifest, entry(CSV.getFileName().toString()), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            deleteOnExit(root);
            return new Folder(manifest, data.resolve(TestDataset.GAZETTEER_FILE.getFileName()),
                    root.resolve("prepared"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the folder and all it holds when the tests end. */
    private static void deleteOnExit(Path root) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder: the system clears it in the end
            }
        }));
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
