package org.attache.app;

import org.attache.fact.DatasetLoader;
import org.attache.fact.DatasetSnapshot;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.GazetteerLoader;
import org.attache.nlp.EnglishModels;
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
import java.util.Optional;

/**
 * What the build prepares so that the bot answers soon after it starts: the bundled dataset already parsed, and
 * the intent classifier already trained, each with the fingerprint of what it was made from. At start-up each is
 * used only if its fingerprint still matches; otherwise the bot parses and trains as it would without them.
 *
 * <p>Run by the build ({@code process-classes}): {@code PreparedData OUTPUT_FOLDER}.
 */
public final class PreparedData {
    static final String DATASET = "/prepared/dataset.json";
    static final String INTENT_MODEL = "/prepared/intent-model.bin";
    static final String INTENT_FINGERPRINT = "/prepared/intent-model.sha256";

    private PreparedData() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        AttacheConfig config = AttacheConfig.load(java.util.Map.of());
        Gazetteer gazetteer = GazetteerLoader.load(config.gazetteer());
        RelationsDataset dataset = new DatasetLoader(EnglishModels.get()).load(config.manifest(), gazetteer);
        try (OutputStream out = Files.newOutputStream(folder.resolve("dataset.json"))) {
            DatasetSnapshot.write(dataset, DatasetSnapshot.fingerprint(config.manifest(), config.gazetteer()), out);
        }
        IntentClassifier classifier = new IntentClassifier(IntentTrainingData.bundled(), new EntityResolver(gazetteer));
        try (OutputStream out = Files.newOutputStream(folder.resolve("intent-model.bin"))) {
            classifier.write(out);
        }
        Files.writeString(folder.resolve("intent-model.sha256"), IntentTrainingData.fingerprint(),
                StandardCharsets.UTF_8);
        System.out.println("prepared " + dataset.facts().size() + " facts and the intent classifier in " + folder);
    }

    /** The prepared dataset, when it was made from the files the configuration names. */
    static Optional<RelationsDataset> dataset(AttacheConfig config, Gazetteer gazetteer) {
        try (InputStream in = PreparedData.class.getResourceAsStream(DATASET)) {
            if (in == null) {
                return Optional.empty();
            }
            return DatasetSnapshot.read(in, DatasetSnapshot.fingerprint(config.manifest(), config.gazetteer()),
                    gazetteer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
