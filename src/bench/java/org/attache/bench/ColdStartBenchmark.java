package org.attache.bench;

import org.attache.TestCorpus;
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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start from prepared data to the first answer: a new {@code java -jar target/attache.jar ask --json} process is
 * started, sent one question, and timed until its answer line arrives. The data is prepared once beforehand (the
 * set-up's own run), so every measured start finds its fingerprint and parses nothing. On the bundled sources
 * alone and with the corpus; as {@code java -jar} plainly, and as the README's fast start runs it: with an AppCDS
 * archive of the classes a start loads, and the client compiler only (on two cores the server compiler's threads
 * take a core from the start's own work). Needs the jar: {@code mvn package} first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
public class ColdStartBenchmark {
    private static final Path JAR = Path.of("target", "attache.jar");

    @Param({"bundled", "corpus"})
    public String dataset;

    @Param({"plain", "fast"})
    public String start;

    private Map<String, String> environment;
    private List<String> command;

    @Setup
    public void setUp() throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("build the jar first: mvn package -DskipTests");
        }
        Path folder = Files.createTempDirectory("attache-start");
        environment = Map.of("ATTACHE_DATA_PREPARED_DIR", folder.resolve("prepared").toString());
        if (dataset.equals("corpus")) {
            environment = Map.of("ATTACHE_DATA_PREPARED_DIR", folder.resolve("prepared").toString(),
                    "ATTACHE_DATA_MANIFEST", TestCorpus.manifest().toString());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command = new ArrayList<>(List.of(java));
        List<String> preparation = new ArrayList<>(command);
        if (start.equals("fast")) {
            Path archive = folder.resolve("attache.jsa");
            preparation.add("-XX:ArchiveClassesAtExit=" + archive);
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-jar", JAR.toString(), "ask", "--json"));
        preparation.addAll(List.of("-jar", JAR.toString(), "ask", "--json"));
        // prepares the dataset (and writes the class archive): the measured starts only read
        ask(preparation);
    }

    private String ask(List<String> commandLine) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                     StandardCharsets.UTF_8))) {
            in.write("When did Mexico and El Salvador establish diplomatic relations?\n"
                    .getBytes(StandardCharsets.UTF_8));
            in.flush();
            String answer = out.readLine();
            in.close();
            process.waitFor();
            if (answer == null || !answer.contains("1838")) {
                throw new IllegalStateException("no answer: " + answer);
            }
            return answer;
        }
    }

    @Benchmark
    public String firstAnswerFromPreparedData() throws IOException, InterruptedException {
        return ask(command);
    }
}
