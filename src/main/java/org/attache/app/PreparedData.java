package org.attache.app;

import org.attache.gazetteer.Gazetteer;
import org.attache.understand.EntityResolver;
import org.attache.understand.IntentClassifier;
import org.attache.understand.IntentTrainingData;
import org.attache.understand.QuestionReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the build prepares so that the bot answers soon after it starts: the intent classifier already trained,
 * with the fingerprint of the examples it learnt from, and the version of the compiled code (a hash of its
 * classes), which the fingerprint of the prepared dataset includes. The classifier is used only while its
 * fingerprint matches; otherwise it is trained at start-up.
 *
 * <p>Run by the build ({@code process-classes}): {@code PreparedData CLASSES_FOLDER}.
 */
public final class PreparedData {
    static final String INTENT_MODEL = "/prepared/intent-model.bin";
    static final String INTENT_FINGERPRINT = "/prepared/intent-model.sha256";

    private PreparedData() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path folder = classes.resolve("prepared");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("code-version"), classesHash(classes.resolve("org")),
                StandardCharsets.UTF_8);
        Gazetteer gazetteer = org.attache.gazetteer.GazetteerLoader.load(AttacheConfig.load(java.util.Map.of())
                .gazetteer());
        IntentClassifier classifier = new IntentClassifier(IntentTrainingData.bundled(), new EntityResolver(gazetteer));
        try (OutputStream out = Files.newOutputStream(folder.resolve("intent-model.bin"))) {
            classifier.write(out);
        }
        Files.writeString(folder.resolve("intent-model.sha256"), IntentTrainingData.fingerprint(),
                StandardCharsets.UTF_8);
        System.out.println("prepared the intent classifier and the code version in " + folder);
    }

    /** SHA-256 over every class file below the folder, in name order. */
    private static String classesHash(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> classes = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : classes) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A question reader with the prepared classifier if it was trained on today's examples, else one trained now. */
    static QuestionReader questionReader(Gazetteer gazetteer) {
        EntityResolver resolver = new EntityResolver(gazetteer);
        try (InputStream fingerprint = PreparedData.class.getResourceAsStream(INTENT_FINGERPRINT);
             InputStream model = PreparedData.class.getResourceAsStream(INTENT_MODEL)) {
            if (fingerprint != null && model != null && new String(fingerprint.readAllBytes(),
                    StandardCharsets.UTF_8).equals(IntentTrainingData.fingerprint())) {
                return new QuestionReader(resolver, new IntentClassifier(model, resolver));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuestionReader(gazetteer);
    }
}
