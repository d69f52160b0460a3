package org.attache.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.attache.answer.Answer;
import org.attache.answer.AnswerEngine;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Warm answer latency over the question set (src/test/resources/questions), as sampled percentiles. "uncached"
 * keeps a cache of one answer while cycling through the questions, so every answer is computed: the engine's
 * real work. "cached" is what a repeated question costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class AnswerLatencyBenchmark {
    private List<String> questions;
    private AnswerEngine uncached;
    private AnswerEngine cached;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Gazetteer gazetteer = GazetteerLoader.load(Path.of("data", "gazetteer.yaml"));
        RelationsDataset dataset = new DatasetLoader(EnglishModels.get()).load(Path.of("data", "sources.yaml"),
                gazetteer);
        QuestionReader reader = new QuestionReader(gazetteer);
        uncached = new AnswerEngine(dataset, reader, 1);
        cached = new AnswerEngine(dataset, reader, 10_000);
        questions = new ArrayList<>();
        JsonNode set = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("src", "test", "resources", "questions", "question-set.yaml").toFile());
        set.get("questions").forEach(q -> questions.add(q.get("question").asText()));
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
