package org.attache.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The intent examples kept in the repository ({@code intents/training.txt} on the classpath): one per line, the
 * intent label first, then the question; '#' starts a comment.
 */
public final class IntentTrainingData {
    public static final String RESOURCE = "/intents/training.txt";

    private IntentTrainingData() {
    }

    public static List<LabelledQuestion> bundled() {
        try (InputStream in = IntentTrainingData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the intent training file " + RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** SHA-256 of the training file, to tell whether a model was trained on it. */
    public static String fingerprint() {
        try (InputStream in = IntentTrainingData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "missing";
            }
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static List<LabelledQuestion> parse(BufferedReader reader) throws IOException {
        List<LabelledQuestion> examples = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            Optional<Intent> intent = Intent.byLabel(parts[0]);
            if (intent.isEmpty() || parts.length < 2) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected 'intent question', found '"
                        + trimmed + "'");
            }
            examples.add(new LabelledQuestion(intent.get(), parts[1]));
        }
        return examples;
    }
}
