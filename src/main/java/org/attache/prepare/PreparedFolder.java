package org.attache.prepare;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.attache.answer.SentenceIndex;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Gazetteer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The dataset prepared once and reused: the parsed articles, their facts and the Lucene sentence index, in a folder
 * named by the fingerprint of what they were made from ({@code data.prepared-dir}). A start whose fingerprint
 * matches reads them and parses nothing; any change to the sources, the gazetteer or the code prepares them again.
 * A folder that cannot be read back whole (corrupt, truncated, another version's) is prepared again, never trusted.
 * Preparing writes to a temporary folder and renames it into place in one step, so that processes starting at once
 * never see each other's half-written data: the first rename wins, the others use what it wrote.
 */
public final class PreparedFolder {
    static final String INDEX = "index";
    private static final int NAME_LENGTH = 24;

    private final Path root;
    private final PrintStream progress;

    /** The dataset and its sentence index, and whether they were prepared now. */
    public record Prepared(RelationsDataset dataset, SentenceIndex index, boolean preparedNow) {
    }

    /**
     * @param root     the folder prepared data is kept in (created when needed)
     * @param progress where preparation says what it does, one line at a time (standard error)
     */
    public PreparedFolder(Path root, PrintStream progress) {
        this.root = root;
        this.progress = progress;
    }

    /** The folder the data of this fingerprint is kept in. */
    Path folderOf(String fingerprint) {
        return root.resolve(fingerprint.substring(0, Math.min(NAME_LENGTH, fingerprint.length())));
    }

    /**
     * The prepared data of this fingerprint: read when it is there and sound, else built by {@code build}, written
     * and returned.
     */
    public Prepared open(String fingerprint, Gazetteer gazetteer, Supplier<RelationsDataset> build) {
        return open(fingerprint, () -> gazetteer, g -> build.get());
    }

    /**
     * The same, with the gazetteer still loading: the prepared files are read meanwhile, and the gazetteer is waited
     * for only to put the dataset together or to build it.
     */
    public Prepared open(String fingerprint, Supplier<Gazetteer> gazetteer,
                         Function<Gazetteer, RelationsDataset> build) {
        Path folder = folderOf(fingerprint);
        if (Files.isDirectory(folder)) {
            try {
                return read(folder, fingerprint, gazetteer);
            } catch (IOException | RuntimeException e) {
                progress.println("the prepared data in " + folder + " cannot be used (" + e.getMessage()
                        + "): preparing it again");
                delete(folder);
            }
        }
        long start = System.nanoTime();
        RelationsDataset dataset = build.apply(gazetteer.get());
        SentenceIndex index = write(dataset, fingerprint, folder);
        progress.println(String.format(Locale.ROOT, "prepared %d articles, %d facts in %.1f s",
                dataset.articles().size(), dataset.facts().size(), (System.nanoTime() - start) / 1e9));
        removeOthers(folder);
        return new Prepared(dataset, index, true);
    }

    private static Prepared read(Path folder, String fingerprint, Supplier<Gazetteer> gazetteer) throws IOException {
        RelationsDataset dataset;
        try {
            dataset = DatasetFile.read(folder, fingerprint, gazetteer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Directory directory = FSDirectory.open(folder.resolve(INDEX));
        return new Prepared(dataset, new SentenceIndex(dataset, directory), false);
    }

    /** Writes the data to a temporary folder and renames it into place; the index as the folder now holds it. */
    private SentenceIndex write(RelationsDataset dataset, String fingerprint, Path folder) {
        Path temporary = root.resolve(".preparing-" + UUID.randomUUID());
        try {
            Files.createDirectories(temporary);
            DatasetFile.write(dataset, fingerprint, temporary);
            try (Directory directory = FSDirectory.open(temporary.resolve(INDEX))) {
                SentenceIndex.build(dataset, directory);
            }
            try {
                Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // another process prepared the same data first: use its folder
                delete(temporary);
            }
            return new SentenceIndex(dataset, FSDirectory.open(folder.resolve(INDEX)));
        } catch (IOException | RuntimeException e) {
            progress.println("cannot keep the prepared data in " + root + " (" + e.getMessage()
                    + "): it will be prepared again at the next start");
            delete(temporary);
            return new SentenceIndex(dataset);
        }
    }

    /** Folders of other fingerprints are out of date; a process still reading one keeps its open files. */
    private void removeOthers(Path kept) {
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).filter(f -> !f.equals(kept))
                    .filter(f -> !f.getFileName().toString().startsWith(".preparing-"))
                    .forEach(PreparedFolder::delete);
        } catch (IOException e) {
            // old folders only take room; the next preparation tries again
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // what is left is never read: its name is not a fingerprint's, or its files fail to read back
        }
    }
}
