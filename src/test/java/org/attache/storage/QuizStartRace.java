package org.attache.storage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One of two bot processes racing to start quizzes, run by {@link QuizStoreContract} as a process of its own: it
 * opens the store, says "ready", waits for "go", then starts a quiz in each of the channels and prints those it won.
 * Arguments: the JDBC URL, the user ("-" for none), the channels' prefix and how many channels.
 */
public final class QuizStartRace {
    private QuizStartRace() {
    }

    public static void main(String[] args) throws Exception {
        StorageSettings settings = new StorageSettings(args[0], args[1].equals("-") ? Optional.empty()
                : Optional.of(args[1]), Optional.empty());
        QuizStore store = new QuizStore(Database.open(settings));
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (!"go".equals(in.readLine())) {
            return;
        }
        for (int i = 0; i < Integer.parseInt(args[3]); i++) {
            String channel = args[2] + i;
            String id = UUID.randomUUID().toString();
            StoredSession session = new StoredSession(id, Optional.of("guild-1"), channel, "racer", 1, 1,
                    Optional.empty(), StoredSession.RUNNING, 0, System.currentTimeMillis(), Optional.empty());
            StoredQuestion question = new StoredQuestion(id, 0, "fact-0", "missions", "Where …?",
                    List.of("Madrid", "Barcelona", "Seville", "Bilbao"), 1, System.currentTimeMillis(),
                    Optional.empty());
            if (store.startSession(session, List.of(question))) {
                System.out.println("won " + channel);
            }
        }
        System.out.println("done");
    }
}
