package org.attache.quiz;

import org.attache.fact.Fact;
import org.attache.fact.FactId;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityId;
import org.attache.fact.RelationsDataset;
import org.attache.storage.QuizStore;
import org.attache.storage.Score;
import org.attache.storage.StoredAnswer;
import org.attache.storage.StoredQuestion;
import org.attache.storage.StoredSession;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs quizzes, whatever front end shows them: starts a session (one per channel), records answer clicks (the
 * first per user and question, before the reveal), reveals each answer once with the fact that backs it, moves on,
 * and ranks. Everything is kept in the store, so a restarted bot carries on where it was.
 */
public final class QuizService {
    /** What became of an answer click. */
    public enum Click { RECORDED_RIGHT, RECORDED_WRONG, ALREADY_ANSWERED, TOO_LATE, NO_SUCH_QUIZ, ELSEWHERE }

    /** The outcome of starting a quiz: the session and its first question, or the session already running. */
    public record Start(QuizSession session, Optional<AskedQuestion> first, boolean alreadyRunning) {
    }

    private final RelationsDataset dataset;
    private final QuestionGenerator generator;
    private final QuizStore store;
    private final Scoring scoring;
    private final Clock clock;
    private static final int LEADERBOARD_SIZE = 10;

    public QuizService(RelationsDataset dataset, QuizStore store, Scoring scoring, Clock clock) {
        this.dataset = dataset;
        this.generator = new QuestionGenerator(dataset);
        // the first quiz need not wait while every sentence of the sources is read for the entities it names
        java.util.concurrent.CompletableFuture.runAsync(dataset::mentions);
        this.store = store;
        this.scoring = scoring;
        this.clock = clock;
    }

    public Start start(String channelId, Optional<String> guildId, String starterId, QuizFilter filter,
                       Optional<Integer> seconds) {
        Optional<StoredSession> running = store.runningIn(channelId);
        if (running.isPresent()) {
            return new Start(session(running.get()), question(running.get().id(), running.get().currentIndex()),
                    true);
        }
        List<QuizQuestion> questions = generator.generate(filter);
        long now = clock.millis();
        StoredSession session = new StoredSession(UUID.randomUUID().toString(), guildId, channelId, starterId,
                filter.seed(), questions.size(), seconds, questions.isEmpty() ? "finished" : StoredSession.RUNNING, 0,
                now, questions.isEmpty() ? Optional.of(now) : Optional.empty());
        List<StoredQuestion> stored = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuizQuestion q = questions.get(i);
            stored.add(new StoredQuestion(session.id(), i, q.fact().id().value(), q.topic().label(), q.prompt(),
                    q.options(), q.correct(), now, Optional.empty()));
        }
        if (!store.startSession(session, stored)) {
            // another start in this channel won the race, after the check above
            Optional<StoredSession> winner = store.runningIn(channelId);
            return new Start(session(winner.orElse(session)),
                    winner.flatMap(w -> question(w.id(), w.currentIndex())), true);
        }
        return new Start(session(session), question(session.id(), 0), false);
    }

    /** Records a click, made in channel {@code channelId}, on option {@code option} of question {@code index}. */
    public Click answer(String sessionId, String channelId, int index, String userId, int option) {
        Optional<StoredSession> session = store.session(sessionId);
        Optional<StoredQuestion> question = store.question(sessionId, index);
        if (session.isEmpty() || question.isEmpty()) {
            return Click.NO_SUCH_QUIZ;
        }
        if (!session.get().channelId().equals(channelId)) {
            // a button of a quiz in another channel or server, copied or forged into this one
            return Click.ELSEWHERE;
        }
        if (!session.get().status().equals(StoredSession.RUNNING) || session.get().currentIndex() != index
                || question.get().revealedAt().isPresent()) {
            return Click.TOO_LATE;
        }
        long now = clock.millis();
        boolean right = option == question.get().correctOption();
        List<StoredAnswer> previous = store.answersOf(sessionId, userId);
        boolean onStreak = !previous.isEmpty() && previous.get(previous.size() - 1).questionIndex() == index - 1
                && previous.get(previous.size() - 1).correct();
        int points = scoring.points(right, now - question.get().askedAt(), session.get().seconds(), onStreak);
        boolean recorded = store.recordAnswer(new StoredAnswer(sessionId, index, userId, session.get().guildId(),
                option, right, points, now));
        if (!recorded) {
            return Click.ALREADY_ANSWERED;
        }
        return right ? Click.RECORDED_RIGHT : Click.RECORDED_WRONG;
    }

    /**
     * True when everyone who answered the previous question has answered this one: in a timed quiz the answer
     * need not wait for the clock. (The first question always waits: nobody is known to be playing yet.)
     */
    public boolean everyoneActiveAnswered(String sessionId, int index) {
        if (index == 0) {
            return false;
        }
        java.util.Set<String> active = new java.util.HashSet<>();
        store.answers(sessionId, index - 1).forEach(a -> active.add(a.userId()));
        java.util.Set<String> answered = new java.util.HashSet<>();
        store.answers(sessionId, index).forEach(a -> answered.add(a.userId()));
        return !active.isEmpty() && answered.containsAll(active);
    }

    /** Reveals question {@code index} once: empty when it was already revealed. */
    public Optional<AskedQuestion> reveal(String sessionId, int index) {
        if (!store.markRevealed(sessionId, index, clock.millis())) {
            return Optional.empty();
        }
        return question(sessionId, index);
    }

    /** Where a quiz went after a question's reveal. */
    public sealed interface Advance {
        /** This call moved it on to the next question, which is now asked. */
        record Next(AskedQuestion question) implements Advance {
        }

        /** This call ended it: that was the last question. */
        record Finished() implements Advance {
        }

        /** Another call (a timer, a click, another process) moved it on already, or it was stopped. */
        record AlreadyMoved() implements Advance {
        }
    }

    /**
     * Moves a quiz on from question {@code from}, once whoever asks: the next question, or the end. Two reveals of
     * one question (a timer and a last click, or two processes) never both post what follows.
     */
    public Advance advance(String sessionId, int from) {
        Optional<StoredSession> session = store.session(sessionId);
        if (session.isEmpty()) {
            return new Advance.AlreadyMoved();
        }
        int next = from + 1;
        long now = clock.millis();
        if (next >= session.get().questionCount()) {
            return store.moveOn(sessionId, from, from, "finished", Optional.of(now)) ? new Advance.Finished()
                    : new Advance.AlreadyMoved();
        }
        if (!store.moveOn(sessionId, from, next, StoredSession.RUNNING, Optional.empty())) {
            return new Advance.AlreadyMoved();
        }
        store.markAsked(sessionId, next, now);
        return question(sessionId, next).<Advance>map(Advance.Next::new).orElseGet(Advance.AlreadyMoved::new);
    }

    /**
     * True when question {@code index} was revealed a while ago and the quiz still stands on it: the process that
     * revealed it stopped before moving on, and the quiz would wait forever.
     */
    public boolean stalledAfterReveal(String sessionId, int index, java.time.Duration after) {
        Optional<StoredSession> session = store.session(sessionId);
        Optional<StoredQuestion> question = store.question(sessionId, index);
        return session.isPresent() && question.isPresent() && session.get().status().equals(StoredSession.RUNNING)
                && session.get().currentIndex() == index && question.get().revealedAt()
                .filter(at -> clock.millis() - at >= after.toMillis()).isPresent();
    }

    /** Stops a quiz early; only its starter or a moderator may. */
    public boolean stop(String sessionId, String userId, boolean moderator) {
        Optional<StoredSession> session = store.session(sessionId);
        if (session.isEmpty() || !(moderator || session.get().starterId().equals(userId))) {
            return false;
        }
        store.updateProgress(sessionId, session.get().currentIndex(), "stopped", Optional.of(clock.millis()));
        return true;
    }

    public Optional<QuizSession> session(String sessionId) {
        return store.session(sessionId).map(QuizService::session);
    }

    /** Every quiz still running (after a restart, to carry on). */
    public List<QuizSession> runningSessions() {
        return store.running().stream().map(QuizService::session).toList();
    }

    public Optional<AskedQuestion> question(String sessionId, int index) {
        return store.question(sessionId, index).map(QuizService::asked);
    }

    /** The quiz running in a channel, if any. */
    public Optional<QuizSession> running(String channelId) {
        return store.runningIn(channelId).map(QuizService::session);
    }

    /** A guild's leaderboard: all time, or since a moment (epoch milliseconds). */
    public List<Standing> leaderboard(String guildId, long since) {
        return store.leaderboard(guildId, since, LEADERBOARD_SIZE).stream().map(QuizService::standing).toList();
    }

    public PlayerStats stats(String guildId, String userId) {
        return PlayerStats.of(store.history(guildId, userId));
    }

    /** Records that a user thinks a revealed question is wrong, with the fact it tests. */
    public boolean flag(String sessionId, int index, String userId) {
        Optional<StoredQuestion> question = store.question(sessionId, index);
        Optional<StoredSession> session = store.session(sessionId);
        if (question.isEmpty() || session.isEmpty()) {
            return false;
        }
        store.flag(sessionId, index, userId, session.get().guildId(), question.get().factId(), clock.millis());
        return true;
    }

    /** The facts a guild's players flagged as wrong, most flagged first, with the facts themselves. */
    public List<FlaggedFact> flags(String guildId) {
        return store.flags(guildId).stream().map(f -> new FlaggedFact(new FactId(f.factId()), fact(f.factId()),
                f.flags())).toList();
    }

    /** The country a player named for a quiz, typos and demonyms forgiven. */
    public Optional<EntityId> country(String name) {
        return dataset.gazetteer().country(name)
                .or(() -> dataset.gazetteer().closest(name).map(m -> m.entity()).filter(Entity::isCountry))
                .map(Entity::id);
    }

    /** The fact with this id, for showing a flag to moderators. */
    public Optional<Fact> fact(String factId) {
        return factId.isBlank() ? Optional.empty() : dataset.fact(new FactId(factId));
    }

    public Clock clock() {
        return clock;
    }

    public List<Standing> ranking(String sessionId) {
        return store.ranking(sessionId).stream().map(QuizService::standing).toList();
    }

    /** Who answered a question right, in the order they answered. */
    public List<String> rightAnswerers(String sessionId, int index) {
        return store.answers(sessionId, index).stream().filter(StoredAnswer::correct).map(StoredAnswer::userId)
                .toList();
    }

    /** The fact a question tests: its citation. */
    public Optional<Fact> factOf(AskedQuestion question) {
        return dataset.fact(question.fact());
    }

    // the store's rows stay here: front ends see quiz types only

    private static QuizSession session(StoredSession s) {
        return new QuizSession(s.id(), s.guildId(), s.channelId(), s.starterId(), s.questionCount(), s.seconds(),
                s.currentIndex());
    }

    private static AskedQuestion asked(StoredQuestion q) {
        return new AskedQuestion(q.index(), new FactId(q.factId()), q.topic(), q.prompt(), q.options(),
                q.correctOption(), q.askedAt());
    }

    private static Standing standing(Score score) {
        return new Standing(score.userId(), score.answered(), score.correct(), score.points());
    }
}
