package org.attache.discord;

import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.TestDataset;
import org.attache.quiz.QuizService;
import org.attache.quiz.Scoring;
import org.attache.storage.Database;
import org.attache.storage.QuizStore;
import org.attache.storage.StorageSettings;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The bot as a process of its own running one shard, for {@link ShardedBotsTest}: it connects to the test's Discord
 * double and PostgreSQL and says "ready"; then, line by line on its standard input, "waiting" prints how many quiz
 * timers wait and "fire" fires them. It stops when its input ends, or when the test kills it.
 * Arguments: the double's REST URL, its gateway URL, the JDBC URL, the database user, the shard and the total.
 */
public final class ShardProcess {
    private ShardProcess() {
    }

    public static void main(String[] args) throws Exception {
        StorageSettings storage = new StorageSettings(args[2], Optional.of(args[3]), Optional.empty());
        QuizService quizzes = new QuizService(TestDataset.bundled(), new QuizStore(Database.open(storage)),
                Scoring.DEFAULT, Clock.systemUTC());
        TimersFiredByTheTest timers = new TimersFiredByTheTest();
        ShardSlice shard = new ShardSlice(Integer.parseInt(args[5]), List.of(Integer.parseInt(args[4])));
        ShardManager bot = TestBot.start(new DiscordSettings(args[0], Optional.of(args[1]), 1000, Optional.empty(),
                shard, DiscordSettings.DEFER_AFTER), quizzes, timers);
        System.out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("waiting")) {
                System.out.println(timers.waiting());
            } else if (line.equals("fire")) {
                timers.fire();
                System.out.println("fired");
            } else {
                System.out.println("unknown: " + line);
            }
        }
        bot.shutdown();
        System.exit(0);
    }
}
