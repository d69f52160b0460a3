package org.attache.app;

import org.attache.answer.AnswerEngine;
import org.attache.fact.DatasetLoader;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.GazetteerLoader;
import org.attache.nlp.EnglishModels;
import org.attache.prepare.Fingerprint;
import org.attache.prepare.PreparedFolder;
import org.attache.understand.QuestionReader;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds what a command needs, doing independent work at once. Answering uses the dataset prepared in
 * {@code data.prepared-dir} while its fingerprint matches the data and the code, and prepares it otherwise;
 * {@code validate} always parses, since checking the sources is its job. Start-up time is what a user waits for
 * before the first answer.
 */
final class Startup {
    private final AttacheConfig config;
    private final PrintStream err;
    private final CompletableFuture<Gazetteer> gazetteer;
    private CompletableFuture<PreparedFolder.Prepared> prepared;
    private CompletableFuture<QuestionReader> reader;

    Startup(AttacheConfig config, PrintStream err) {
        this.config = config;
        this.err = err;
        this.gazetteer = CompletableFuture.supplyAsync(() -> GazetteerLoader.load(config.gazetteer()));
    }

    /** The dataset parsed from the sources now. */
    RelationsDataset parsedDataset() {
        return join(gazetteer.thenApply(this::parse));
    }

    private RelationsDataset parse(Gazetteer g) {
        return new DatasetLoader(EnglishModels.get()).load(config.manifest(), g, err::println);
    }

    /** The dataset and its sentence index, as prepared (now, or at an earlier start). */
    PreparedFolder.Prepared prepared() {
        return usable(join(preparing()));
    }

    /** Begins what answering needs (the prepared data, the question reader) in the background, if not yet begun. */
    void beginAnswering() {
        preparing();
        reading();
    }

    private synchronized CompletableFuture<PreparedFolder.Prepared> preparing() {
        if (prepared == null) {
            // the prepared files are read while the gazetteer loads: the dataset waits for it only at the end
            prepared = CompletableFuture.supplyAsync(() -> Fingerprint.of(config.manifest(), config.gazetteer()))
                    .thenApply(f -> new PreparedFolder(config.preparedDir(), err)
                            .open(f, () -> join(gazetteer), this::parse));
        }
        return prepared;
    }

    private synchronized CompletableFuture<QuestionReader> reading() {
        if (reader == null) {
            reader = gazetteer.thenApplyAsync(PreparedData::questionReader);
        }
        return reader;
    }

    /** Prepared data with at least one article; otherwise why there is none, as the sources' first problem says. */
    private PreparedFolder.Prepared usable(PreparedFolder.Prepared prepared) {
        if (prepared.dataset().articles().isEmpty()) {
            String why = prepared.dataset().problems().stream().findFirst().map(p -> ": " + p)
                    .orElse(": " + config.manifest() + " lists no source");
            throw new NothingToServe("no article could be loaded" + why + " (data.manifest, ATTACHE_DATA_MANIFEST "
                    + "name the manifest; validate checks it)");
        }
        return prepared;
    }

    /** The answer engine on the prepared dataset. */
    AnswerEngine engine() {
        return join(preparing().thenCombine(reading(), (p, r) -> new AnswerEngine(usable(p).dataset(), r,
                config.answerCacheSize(), p.index())));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
