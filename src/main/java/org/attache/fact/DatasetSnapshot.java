package org.attache.fact;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.attache.article.Article;
import org.attache.gazetteer.Gazetteer;
import org.attache.source.ProblemLog;
import org.attache.source.SourceManifest;
import org.attache.source.SourceProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The parsed dataset written out at build time, so that the bot need not parse and tag its sources at every
 * start. It is used only while its fingerprint (SHA-256 of the manifest, every source it lists and the gazetteer)
 * matches the files on disk: change any of them and the sources are parsed again.
 */
public final class DatasetSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What is stored. */
    record Stored(String fingerprint, List<Article> articles, List<Fact> facts, List<Contradiction> contradictions,
                  List<SourceProblem> problems) {
    }

    private DatasetSnapshot() {
    }

    /** The fingerprint of the data a dataset is loaded from. */
    public static String fingerprint(Path manifest, Path gazetteer) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(manifest));
            for (var entry : SourceManifest.read(manifest, new ProblemLog()).entries()) {
                Path source = manifest.toAbsolutePath().getParent().resolve(entry.source().file());
                digest.update(entry.source().file().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (Files.isRegularFile(source)) {
                    digest.update(Files.readAllBytes(source));
                }
            }
            digest.update(Files.readAllBytes(gazetteer));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public static void write(RelationsDataset dataset, String fingerprint, OutputStream out) throws IOException {
        JSON.writeValue(out, new Stored(fingerprint, dataset.articles(), dataset.facts(), dataset.contradictions(),
                dataset.problems()));
    }

    /** The stored dataset, if it was made from exactly these files. */
    public static Optional<RelationsDataset> read(InputStream in, String fingerprint, Gazetteer gazetteer) {
        try {
            Stored stored = JSON.readValue(in, Stored.class);
            if (!stored.fingerprint().equals(fingerprint)) {
                return Optional.empty();
            }
            return Optional.of(new RelationsDataset(stored.articles(), stored.facts(), stored.contradictions(),
                    gazetteer, stored.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException("the prepared dataset cannot be read: " + e.getMessage(), e);
        }
    }
}
