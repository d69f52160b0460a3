package org.attache.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.TestCorpus;
import org.attache.TestDataset;
import org.attache.answer.AnswerEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * 200 slash-command interactions fired at once through the local Discord double at the real JDA bot on the
 * bundled articles and the corpus: the time until every one is answered (the score), and per interaction the time
 * to its acknowledgement and to its answer, printed as p50/p99/max, with how long each event held JDA's gateway
 * thread. With "repeated" questions the five questions are answered once and then come from the answer cache: the
 * cost of the Discord path itself. With "distinct" ones the engine keeps a cache of one answer and cycles through
 * the corpus questions of the answer latency benchmark, so every interaction is answered afresh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class SlashCommandBurstBenchmark {
    private static final int INTERACTIONS = 200;
    private static final String[] REPEATED = {"when did el salvador recognise kosovo", "is ecuador a member of opec",
        "salvadoran consulates in india", "does el salvador still recognise taiwan", "what was the football war"};

    /** "corpus": the bundled articles and the corpus's 110; "bundled": the three bundled ones. */
    @Param({"corpus", "bundled"})
    public String dataset;

    /** "repeated": five questions, answered from the cache once warm; "distinct": every answer computed. */
    @Param({"repeated", "distinct"})
    public String questions;

    /** How long a reply may take before the interaction is deferred ({@code discord.defer-after-ms}). */
    @Param({"150"})
    public long deferAfterMs;

    private DiscordApiDouble discord;
    private ShardManager jda;
    private long nextId = 700000000000000000L;
    private List<String> asked;
    private int question;

    @Setup(Level.Trial)
    public void startBot() throws InterruptedException, IOException {
        discord = new DiscordApiDouble();
        boolean distinct = questions.equals("distinct");
        asked = distinct ? Files.readAllLines(Path.of("src", "bench", "resources", "corpus-questions.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList() : List.of(REPEATED);
        // at corpus size: the bundled articles and the corpus's 110, as the bot serves them in production
        AnswerEngine engine = new AnswerEngine(dataset.equals("bundled") ? TestDataset.bundled()
                : TestCorpus.withBundled(), TestDataset.questionReader(), distinct ? 1 : 10_000);
        jda = DiscordBot.start("bench-token", new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()),
                1_000_000, Optional.empty(), ShardSlice.all(1), Duration.ofMillis(deferAfterMs)), engine,
                Optional.empty());
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 60);
    }

    @TearDown(Level.Trial)
    public void stopBot() {
        jda.shutdown();
        discord.close();
    }

    @Benchmark
    public long twoHundredAtOnce() throws InterruptedException {
        int before = discord.requests().size();
        Map<String, Runnable> burst = new LinkedHashMap<>();
        for (int i = 0; i < INTERACTIONS; i++) {
            String id = Long.toString(nextId++);
            burst.put(id, discord.slashCommandReadyToSend(id, "ask", "question", asked.get(question++ % asked.size())));
        }
        Map<String, Long> sent = new HashMap<>();
        burst.forEach((id, send) -> {
            sent.put(id, System.nanoTime());
            send.run();
        });
        List<Long> millis = Acknowledgements.await(discord, before, sent);
        List<Long> answered = Acknowledgements.answered(discord, before, sent);
        System.out.printf(Locale.ROOT, "%n%d interactions acknowledged (%s): %s; answered: %s; %s%n", millis.size(),
                Acknowledgements.kinds(discord, before, sent), Acknowledgements.percentiles(millis),
                Acknowledgements.percentiles(answered),
                Acknowledgements.gatewayTime(jda));
        return answered.get(answered.size() - 1);
    }
}
