package org.attache;

import org.attache.fact.DatasetLoader;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.GazetteerLoader;
import org.attache.nlp.EnglishModels;
import org.attache.understand.QuestionReader;

import java.nio.file.Path;

/** The bundled dataset, loaded once for all tests that only read it. */
public final class TestDataset {
    public static final Path MANIFEST = Path.of("data", "sources.yaml");
    public static final Path GAZETTEER_FILE = Path.of("data", "gazetteer.yaml");

    private static final class Holder {
        static final Gazetteer GAZETTEER = GazetteerLoader.load(GAZETTEER_FILE);
        static final RelationsDataset BUNDLED = new DatasetLoader(EnglishModels.get()).load(MANIFEST, GAZETTEER);
    }

    /** Trained once: a reader is thread-safe, and training its classifier costs a bot start most of its time. */
    private static final class Readers {
        static final QuestionReader READER = new QuestionReader(Holder.GAZETTEER);
    }

    private TestDataset() {
    }

    public static RelationsDataset bundled() {
        return Holder.BUNDLED;
    }

    /** A question reader over the bundled gazetteer, its intent classifier trained on the bundled examples. */
    public static QuestionReader questionReader() {
        return Readers.READER;
    }

    public static Gazetteer gazetteer() {
        return Holder.GAZETTEER;
    }

    /** The gazetteer id of a country or organisation named exactly so ("Mexico", "Central American Integration System"). */
    public static EntityId id(String name) {
        return Holder.GAZETTEER.resolve(name).orElseThrow(() -> new IllegalArgumentException("unknown: " + name)).id();
    }

    /** Loads another manifest (a test copy) with the real models and gazetteer. */
    public static RelationsDataset load(Path manifest) {
        return new DatasetLoader(EnglishModels.get()).load(manifest, Holder.GAZETTEER);
    }
}
