package org.attache.bench;

import org.attache.TestCorpus;
import org.attache.fact.DatasetLoader;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.GazetteerLoader;
import org.attache.nlp.EnglishModels;
import org.attache.prepare.Fingerprint;
import org.attache.prepare.PreparedFolder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Preparing the dataset from scratch, as a start whose fingerprint matches nothing does it: read and parse every
 * source, tag and extract the facts, align the snapshots, build the sentence index and write it all to a new
 * prepared folder. On the bundled sources, and on the bundled sources with the real corpus of 110 articles
 * ({@code ../shared/corpus/}). The OpenNLP models and the gazetteer are loaded once, as at a start. Each shot
 * prepares into an empty folder; the JVM has a 256 MB heap, the memory target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class DatasetLoadBenchmark {
    private Gazetteer gazetteer;
    private DatasetLoader loader;
    private Path bundled;
    private Path corpus;
    private Path prepared;

    @Setup
    public void setUp() {
        gazetteer = GazetteerLoader.load(Path.of("data", "gazetteer.yaml"));
        loader = new DatasetLoader(EnglishModels.get());
        bundled = Path.of("data", "sources.yaml");
        corpus = TestCorpus.manifest();
    }

    @Setup(Level.Invocation)
    public void emptyFolder() throws IOException {
        prepared = Files.createTempDirectory("attache-prepared");
    }

    @TearDown(Level.Invocation)
    public void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(prepared)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private PreparedFolder.Prepared prepare(Path manifest) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return new PreparedFolder(prepared, quiet).open(Fingerprint.of(manifest, Path.of("data", "gazetteer.yaml")),
                gazetteer, () -> loader.load(manifest, gazetteer));
    }

    @Benchmark
    public PreparedFolder.Prepared prepareBundled() {
        return prepare(bundled);
    }

    @Benchmark
    public PreparedFolder.Prepared prepareBundledAndCorpus() {
        return prepare(corpus);
    }

    /** Load, parse and extract alone (no index, nothing written), for comparison with earlier figures. */
    @Benchmark
    public RelationsDataset parseBundledAndCorpus() {
        return loader.load(corpus, gazetteer);
    }
}
