package org.attache.prepare;

import org.attache.source.ProblemLog;
import org.attache.source.SourceManifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What prepared data was made from, as one SHA-256: the manifest, every source file it lists (a missing one as
 * missing), the gazetteer, and the version of the code that reads them. Any change to any of them gives another
 * fingerprint, and so another prepared folder.
 */
public final class Fingerprint {
    /** Written by the build: a hash of the compiled classes (see {@code PreparedData}). */
    static final String CODE_VERSION = "/prepared/code-version";

    private Fingerprint() {
    }

    public static String of(Path manifest, Path gazetteer) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "code " + codeVersion());
            update(digest, manifest);
            for (var entry : SourceManifest.read(manifest, new ProblemLog()).entries()) {
                Path source = manifest.toAbsolutePath().getParent().resolve(entry.source().file());
                update(digest, "source " + entry.source().file());
                if (Files.isRegularFile(source)) {
                    update(digest, source);
                } else {
                    update(digest, "missing");
                }
            }
            update(digest, gazetteer);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The build's hash of the classes, or "development" when run from classes the build did not stamp. */
    static String codeVersion() {
        try (InputStream in = Fingerprint.class.getResourceAsStream(CODE_VERSION)) {
            return in == null ? "development" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static void update(MessageDigest digest, Path file) {
        if (!Files.isRegularFile(file)) {
            update(digest, "missing " + file.getFileName());
            return;
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            update(digest, "unreadable " + file.getFileName());
        }
        digest.update((byte) 0);
    }
}
