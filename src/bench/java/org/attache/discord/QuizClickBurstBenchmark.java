package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.TestCorpus;
import org.attache.TestDataset;
import org.attache.answer.AnswerEngine;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Gazetteer;
import org.attache.quiz.QuizService;
import org.attache.quiz.Scoring;
import org.attache.storage.Database;
import org.attache.storage.QuizStore;
import org.attache.storage.StorageSettings;
import org.attache.understand.QuestionReader;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * 50 players clicking an answer within one second in one quiz, through the Discord double at the real JDA bot on
 * SQLite: every click must be recorded and acknowledged; prints p50/p99/max time to acknowledgement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class QuizClickBurstBenchmark {
    private static final int PLAYERS = 50;

    private DiscordApiDouble discord;
    private ShardManager jda;
    private QuizStore store;
    private long nextId = 900000000000000000L;

    @Setup(Level.Trial)
    public void startBot() throws InterruptedException, IOException {
        discord = new DiscordApiDouble();
        // at corpus size: the bundled articles and the corpus's 110
        Gazetteer gazetteer = TestDataset.gazetteer();
        RelationsDataset dataset = TestCorpus.withBundled();
        Path folder = Files.createTempDirectory("attache-quiz-bench");
        store = new QuizStore(Database.open(new StorageSettings("jdbc:sqlite:" + folder.resolve("quiz.db"),
                Optional.empty(), Optional.empty())));
        jda = DiscordBot.start("bench-token", new DiscordSettings(discord.restUrl(), Optional.of(discord.gatewayUrl()),
                1_000_000, Optional.empty()), new AnswerEngine(dataset, new QuestionReader(gazetteer), 100),
                Optional.of(new QuizService(dataset, store, Scoring.DEFAULT, Clock.systemUTC())));
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 30);
    }

    @TearDown(Level.Trial)
    public void stopBot() {
        jda.shutdown();
        discord.close();
    }

    private String id() {
        return Long.toString(nextId++);
    }

    @Benchmark
    public long fiftyPlayersClickWithinOneSecond() throws InterruptedException {
        String start = DiscordApiDouble.snowflakeNow(); // answered through its hook: JDA needs a recent id
        discord.hostRunsQuiz(start, "start", "questions", 1);
        JsonNode question = discord.reply(start, 10);
        String sessionId = DiscordApiDouble.sessionOf(question.get("components").get(0).get("components").get(0)
                .get("custom_id").asText());
        int before = discord.requests().size();
        Map<String, Long> sent = new HashMap<>();
        long window = System.nanoTime();
        for (int player = 0; player < PLAYERS; player++) {
            String click = id();
            sent.put(click, System.nanoTime());
            discord.userClicksButton(click, "6000000000000" + player, QuizMessages.buttonId(sessionId, 0, player % 4));
            Thread.sleep(Math.max(0, (1000 / PLAYERS) - 1));
        }
        long spread = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - window);
        List<Long> millis = Acknowledgements.await(discord, before, sent);
        int stored = store.answers(sessionId, 0).size();
        discord.hostRunsQuiz(id(), "stop");
        if (stored != PLAYERS) {
            throw new IllegalStateException(stored + " recorded of " + PLAYERS);
        }
        List<Long> answered = Acknowledgements.answered(discord, before, sent);
        System.out.printf(Locale.ROOT, "%n%d clicks sent over %d ms, %d recorded: acknowledged %s; answered %s; %s%n",
                PLAYERS, spread, stored, Acknowledgements.percentiles(millis), Acknowledgements.percentiles(answered),
                Acknowledgements.gatewayTime(jda));
        return millis.get(PLAYERS - 1);
    }
}
