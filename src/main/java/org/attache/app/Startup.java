package org.attache.app;

import org.attache.answer.AnswerEngine;
import org.attache.fact.DatasetLoader;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.GazetteerLoader;
import org.attache.nlp.EnglishModels;
import org.attache.understand.QuestionReader;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds what a command needs, doing independent work at once. Answering uses the dataset the build prepared when
 * it matches the data on disk, and parses the sources otherwise; {@code validate} and {@code facts} always parse,
 * since checking the sources is their job. Start-up time is what a user waits for before the first answer.
 */
final class Startup {
    private final AttacheConfig config;
    private final CompletableFuture<Gazetteer> gazetteer;

    Startup(AttacheConfig config) {
        this.config = config;
        this.gazetteer = CompletableFuture.supplyAsync(() -> GazetteerLoader.load(config.gazetteer()));
    }

    /** The dataset parsed from the sources now. */
    RelationsDataset parsedDataset() {
        CompletableFuture<EnglishModels> models = CompletableFuture.supplyAsync(EnglishModels::get);
        return join(models.thenCombine(gazetteer, (m, g) -> new DatasetLoader(m).load(config.manifest(), g)));
    }

    /** The answer engine, on the prepared dataset where it still matches the sources. */
    AnswerEngine engine() {
        CompletableFuture<QuestionReader> reader = gazetteer.thenApplyAsync(PreparedData::questionReader);
        CompletableFuture<RelationsDataset> dataset = gazetteer.thenApply(g -> PreparedData.dataset(config, g)
                .orElseGet(this::parsedDataset));
        return join(dataset.thenCombine(reader, (d, r) -> new AnswerEngine(d, r, config.answerCacheSize())));
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
