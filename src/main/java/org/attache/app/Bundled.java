package org.attache.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The dataset, gazetteer and default configuration the jar carries (the build copies {@code data/} and
 * {@code config/} into it), so that it runs from any folder. A working folder with files of its own at the
 * documented places uses those instead.
 */
final class Bundled {
    private static final String ROOT = "/bundled/";

    private Bundled() {
    }

    /**
     * The file at {@code relative} ("data/sources.yaml"): the working folder's when it has one, else the jar's,
     * read in place.
     */
    static Path orOnDisk(String relative) {
        Path onDisk = Path.of(relative);
        if (Files.exists(onDisk)) {
            return onDisk;
        }
        return inJar(relative).orElse(onDisk);
    }

    /** The jar's copy of a file, or of the project's when run from its classes. */
    static Optional<Path> inJar(String relative) {
        URL url = Bundled.class.getResource(ROOT + relative);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                open(uri);
            }
            return Optional.of(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the jar names a resource it cannot find: " + url, e);
        }
    }

    /** The jar as a file system, opened once for the process: files are read from it as from a folder. */
    private static synchronized void open(URI uri) {
        try {
            FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notYet) {
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                // opened meanwhile: as good
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the jar's bundled files", e);
            }
        }
    }
}
