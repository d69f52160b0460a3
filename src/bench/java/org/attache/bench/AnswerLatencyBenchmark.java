package org.attache.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.attache.answer.Answer;
import org.attache.TestCorpus;
import org.attache.answer.AnswerEngine;
import org.attache.answer.SentenceIndex;
import org.attache.fact.DatasetLoader;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.GazetteerLoader;
import org.attache.nlp.EnglishModels;
import org.attache.understand.QuestionReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Warm answer latency, as sampled percentiles: over the question set (src/test/resources/questions) on the bundled
 * sources, and over questions about corpus articles (src/bench/resources/corpus-questions.txt) on the bundled
 * sources with the corpus. "uncached" keeps a cache of one answer while cycling through the questions, so every
 * answer is computed: the engine's real work. "cached" is what a repeated question costs. The heap in use after
 * loading (after a full collection) is printed at set-up; the JVM has a 256 MB heap, the memory target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class AnswerLatencyBenchmark {
    @Param({"bundled", "corpus"})
    public String dataset;

    private List<String> questions;
    private AnswerEngine uncached;
    private AnswerEngine cached;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Gazetteer gazetteer = GazetteerLoader.load(Path.of("data", "gazetteer.yaml"));
        Path manifest = dataset.equals("corpus") ? TestCorpus.manifest() : Path.of("data", "sources.yaml");
        RelationsDataset loaded = new DatasetLoader(EnglishModels.get()).load(manifest, gazetteer);
        QuestionReader reader = new QuestionReader(gazetteer);
        SentenceIndex index = new SentenceIndex(loaded);
        uncached = new AnswerEngine(loaded, reader, 1, index);
        cached = new AnswerEngine(loaded, reader, 10_000, index);
        questions = new ArrayList<>();
        if (dataset.equals("corpus")) {
            Files.readAllLines(Path.of("src", "bench", "resources", "corpus-questions.txt")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(questions::add);
        } else {
            JsonNode set = new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("src", "test", "resources", "questions", "question-set.yaml").toFile());
            set.get("questions").forEach(q -> questions.add(q.get("question").asText()));
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%n%s: %d articles, %d facts; heap in use after load %d MB of %d MB%n",
                dataset, loaded.articles().size(), loaded.facts().size(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private String nextQuestion() {
        next = (next + 1) % questions.size();
        return questions.get(next);
    }

    @Benchmark
    public Answer uncached() {
        return uncached.answer(nextQuestion());
    }

    @Benchmark
    public Answer cached() {
        return cached.answer(nextQuestion());
    }
}
