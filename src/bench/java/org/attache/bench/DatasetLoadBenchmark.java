package org.attache.bench;

import org.attache.fact.DatasetLoader;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.GazetteerLoader;
import org.attache.nlp.EnglishModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Load + parse + extract of the bundled dataset, and of 200 articles generated here from the seeds under synthetic
 * titles (never written to data/). The OpenNLP models and the gazetteer are loaded once, as the bot does at start.
 * Run with a 256 MB heap to hold the memory target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class DatasetLoadBenchmark {
    private static final List<String> SEEDS = List.of("000_cef1b8242c0fbb44.txt", "001_9321475e5f116552.txt",
            "002_8161861392028c37.txt");
    private static final List<String> FORMATS = List.of("wikitext", "dataset-record", "wikitext");
    private static final List<String> COUNTRIES = List.of("El Salvador", "El Salvador", "Ecuador");

    private Gazetteer gazetteer;
    private DatasetLoader loader;
    private Path scaled;

    @Setup
    public void setUp() throws IOException {
        gazetteer = GazetteerLoader.load(Path.of("data", "gazetteer.yaml"));
        loader = new DatasetLoader(EnglishModels.get());
        scaled = Files.createTempDirectory("attache-bench");
        StringBuilder manifest = new StringBuilder("sources:\n");
        for (int n = 0; n < 200; n++) {
            int seed = n % SEEDS.size();
            String file = "article-" + n + ".txt";
            String text = Files.readString(Path.of("data", SEEDS.get(seed)));
            String title = "Foreign relations of Synthland " + n;
            if (FORMATS.get(seed).equals("dataset-record")) {
                // a record's second line must be its title without spaces
                String[] lines = text.split("\n", 3);
                text = lines[0] + "\n" + title.replace(" ", "") + ",\n" + lines[2];
            }
            Files.writeString(scaled.resolve(file), text);
            manifest.append("  - file: ").append(file).append('\n')
                    .append("    format: ").append(FORMATS.get(seed)).append('\n')
                    .append("    title: ").append(title).append('\n')
                    .append("    country: ").append(COUNTRIES.get(seed)).append('\n')
                    .append("    url: https://en.wikipedia.org/wiki/Synthland_").append(n).append('\n')
                    .append("    snapshot: 20").append(10 + n % 10).append("-01\n")
                    .append("    snapshot-derivation: synthetic\n");
        }
        Files.writeString(scaled.resolve("sources.yaml"), manifest);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(scaled)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public RelationsDataset bundledDataset() {
        return loader.load(Path.of("data", "sources.yaml"), gazetteer);
    }

    @Benchmark
    public RelationsDataset twoHundredArticles() {
        return loader.load(scaled.resolve("sources.yaml"), gazetteer);
    }
}
