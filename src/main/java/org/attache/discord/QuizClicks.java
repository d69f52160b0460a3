package org.attache.discord;

import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.quiz.QuizService;
import org.attache.quiz.AskedQuestion;
import org.attache.quiz.QuizSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A quiz once started: answer buttons A–D, the host's Next, flags on a reveal, and the reveal itself (after the
 * timer, when the host presses Next, or when everyone playing has answered), then the next question or the final
 * ranking. The quiz is the {@link QuizService}'s; this class turns clicks into calls and results into messages.
 */
final class QuizClicks {
    private static final Logger LOG = LoggerFactory.getLogger(QuizClicks.class);
    private static final String ELSEWHERE = "That button belongs to a quiz in another channel: it counts only there.";

    private final QuizService quizzes;
    private final QuizTimer timer;

    QuizClicks(QuizService quizzes, QuizTimer timer) {
        this.quizzes = quizzes;
        this.timer = timer;
    }

    /** The routes of the quiz's buttons. */
    List<ButtonRoute<?>> routes() {
        return List.of(new ButtonRoute<>(ComponentId.QuizAnswer.class, Acknowledgement.PRIVATE, this::answer),
                new ButtonRoute<>(ComponentId.QuizNext.class, Acknowledgement.EDIT, this::next),
                new ButtonRoute<>(ComponentId.QuizFlag.class, Acknowledgement.PRIVATE, this::flag));
    }

    /** A quiz's first question is out: its reveal is timed, if the quiz is. */
    void started(QuizSession session, QuizPoster post) {
        schedule(session, 0, post);
    }

    private void answer(ButtonInteractionEvent event, ComponentId.QuizAnswer id, Reply reply) {
        String sessionId = id.question().sessionId();
        int index = id.question().index();
        QuizService.Click click = quizzes.answer(sessionId, event.getChannelId(), index, event.getUser().getId(),
                id.option());
        reply.note(switch (click) {
            case RECORDED_RIGHT, RECORDED_WRONG -> "Your answer " + QuizMessages.LETTERS.charAt(id.option())
                    + " is recorded; the answer comes at the reveal.";
            case ALREADY_ANSWERED -> "You already answered this question: your first answer stands.";
            case TOO_LATE -> "Too late: this question is closed.";
            case NO_SUCH_QUIZ -> "That quiz no longer exists.";
            case ELSEWHERE -> ELSEWHERE;
        });
        boolean recorded = click == QuizService.Click.RECORDED_RIGHT || click == QuizService.Click.RECORDED_WRONG;
        // a solo quiz (direct message) reveals at once; a timed group quiz when everyone active has answered
        boolean solo = !event.isFromGuild();
        if (recorded && (solo || quizzes.everyoneActiveAnswered(sessionId, index))) {
            QuizPoster post = QuizPoster.of(event.isFromGuild(), event.getChannel(), reply.hook());
            quizzes.session(sessionId).filter(s -> solo || s.seconds().isPresent())
                    .ifPresent(s -> timer.soon(() -> revealAndAdvance(s, index, post)));
        }
    }

    private void next(ButtonInteractionEvent event, ComponentId.QuizNext id, Reply reply) {
        Optional<QuizSession> session = quizzes.session(id.question().sessionId());
        if (elsewhere(session, event)) {
            reply.note(ELSEWHERE);
            return;
        }
        if (session.isEmpty() || !session.get().starterId().equals(event.getUser().getId())) {
            reply.note("Only the host moves the quiz on.");
            return;
        }
        reply.acknowledge();
        revealAndAdvance(session.get(), id.question().index(),
                QuizPoster.of(event.isFromGuild(), event.getChannel(), reply.hook()));
    }

    private void flag(ButtonInteractionEvent event, ComponentId.QuizFlag id, Reply reply) {
        if (elsewhere(quizzes.session(id.question().sessionId()), event)) {
            reply.note(ELSEWHERE);
            return;
        }
        reply.note(quizzes.flag(id.question().sessionId(), id.question().index(), event.getUser().getId())
                ? "Thank you: the moderators will see that this question may be wrong."
                : "That question no longer exists.");
    }

    /**
     * A button of a quiz in another channel or server, copied or forged into this one: its clicks count nowhere.
     */
    private static boolean elsewhere(Optional<QuizSession> session, ButtonInteractionEvent event) {
        return session.isPresent() && !session.get().channelId().equals(event.getChannelId());
    }

    /**
     * After a restart: timed quizzes of this process's shards that were running carry on, each question revealed when its time is up (at
     * once if it already is). Host-paced quizzes need nothing: their buttons name the session, which is stored.
     */
    void resume(ShardManager shards, ShardSlice slice) {
        long now = quizzes.clock().millis();
        for (QuizSession session : quizzes.runningSessions()) {
            if (!slice.holds(session.guildId())) {
                // another process's shard holds this quiz's server: its timer is that process's
                continue;
            }
            MessageChannel channel = shards.getChannelById(MessageChannel.class, session.channelId());
            if (channel == null || session.seconds().isEmpty()) {
                continue;
            }
            long askedAt = quizzes.question(session.id(), session.currentIndex()).map(AskedQuestion::askedAt)
                    .orElse(now);
            long remaining = Math.max(0, askedAt + session.seconds().get() * 1000L - now);
            timer.after(Duration.ofMillis(remaining), () -> revealAndAdvance(session, session.currentIndex(),
                    QuizPoster.to(channel)));
        }
    }

    private void schedule(QuizSession session, int index, QuizPoster post) {
        session.seconds().ifPresent(seconds -> timer.after(Duration.ofSeconds(seconds),
                () -> revealAndAdvance(session, index, post)));
    }

    /** Runs on the timer or a worker thread: a failure is logged, never lost in the executor. */
    private void revealAndAdvance(QuizSession session, int index, QuizPoster post) {
        try {
            reveal(session, index, post);
        } catch (RuntimeException e) {
            LOG.warn("could not reveal question {} of quiz {}: {}", index + 1, session.id(), e.toString());
        }
    }

    private void reveal(QuizSession session, int index, QuizPoster post) {
        Optional<AskedQuestion> revealed = quizzes.reveal(session.id(), index);
        if (revealed.isPresent()) {
            post.post(QuizMessages.reveal(session.id(), revealed.get(), quizzes.factOf(revealed.get()),
                    quizzes.rightAnswerers(session.id(), index)));
        } else if (!quizzes.stalledAfterReveal(session.id(), index, STALLED)) {
            // revealed just now by another timer, click or process, which moves the quiz on
            return;
        }
        QuizService.Advance advance = quizzes.advance(session.id(), index);
        if (advance instanceof QuizService.Advance.Next next) {
            // as the first question: timed before it is shown
            schedule(session, next.question().index(), post);
            post.post(QuizMessages.question(session, next.question()));
        } else if (advance instanceof QuizService.Advance.Finished) {
            post.post(QuizMessages.ranking(quizzes.ranking(session.id())));
        }
    }

    /**
     * How long after a reveal a quiz still on the revealed question is taken to be stalled: its revealer stopped
     * before moving on. A reveal and what follows take milliseconds; this leaves room for a slow database.
     */
    private static final Duration STALLED = Duration.ofSeconds(10);
}
