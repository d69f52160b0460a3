package org.attache.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The answer to one interaction. A reply ready within the deadline is the acknowledgement itself: one request, and
 * the user sees the answer without a "thinking…" first. Past the deadline the interaction is deferred as its
 * {@link Acknowledgement} says, and the reply then edits what the deferral showed. Whichever comes first, the
 * handler's reply or the deadline, acknowledges; the other follows it. Nothing sent here pings anyone, edits
 * included.
 */
final class Reply {
    private static final EnumSet<Message.MentionType> NO_PINGS = EnumSet.noneOf(Message.MentionType.class);

    private enum State { WAITING, ANSWERED, DEFERRED }

    private final IReplyCallback interaction;
    private final Acknowledgement acknowledgement;
    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    private volatile Future<?> deadline = CompletableFuture.completedFuture(null);
    /** True once the handler has shown its reply: a later note must not take it away. */
    private volatile boolean shown;

    private Reply(IReplyCallback interaction, Acknowledgement acknowledgement) {
        this.interaction = interaction;
        this.acknowledgement = acknowledgement;
    }

    /**
     * A reply to {@code interaction}, deferred after {@code deadline} on {@code timer} unless the handler has replied
     * by then. A button's edit needs an interaction whose message can be edited.
     */
    static Reply within(IReplyCallback interaction, Acknowledgement acknowledgement, Duration deadline,
                        ScheduledExecutorService timer) {
        if (acknowledgement == Acknowledgement.EDIT && !(interaction instanceof IMessageEditCallback)) {
            throw new IllegalArgumentException("only a component's interaction edits its message");
        }
        Reply reply = new Reply(interaction, acknowledgement);
        if (deadline.isZero()) {
            reply.deferIfWaiting();
            return reply;
        }
        try {
            reply.deadline = timer.schedule(reply::deferIfWaiting, deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the bot is stopping: acknowledge now rather than never
            reply.deferIfWaiting();
        }
        return reply;
    }

    /** The reply itself: the answer, or what takes the place of "thinking…" or of the clicked button's message. */
    void show(MessageCreateData message) {
        shown = true;
        if (!answersFirst()) {
            hook().editOriginal(MessageEditData.fromCreateData(message)).setAllowedMentions(NO_PINGS).queue();
        } else if (acknowledgement == Acknowledgement.EDIT) {
            ((IMessageEditCallback) interaction).editMessage(MessageEditData.fromCreateData(message))
                    .setAllowedMentions(NO_PINGS).queue();
        } else {
            interaction.reply(message).setEphemeral(acknowledgement == Acknowledgement.PRIVATE)
                    .setAllowedMentions(NO_PINGS).queue();
        }
    }

    /** A note for the user alone ("Only the host moves the quiz on"). */
    void note(String text) {
        if (answersFirst()) {
            interaction.reply(text).setEphemeral(true).setAllowedMentions(NO_PINGS).queue();
            return;
        }
        if (state.get() == State.DEFERRED && acknowledgement == Acknowledgement.PRIVATE && !shown) {
            hook().editOriginal(text).setAllowedMentions(NO_PINGS).queue();
            return;
        }
        if (state.get() == State.DEFERRED && acknowledgement == Acknowledgement.PUBLIC && !shown) {
            // the channel saw "thinking…": that goes, and the note comes as a message of the user's own
            hook().deleteOriginal().queue();
        }
        hook().sendMessage(text).setEphemeral(true).setAllowedMentions(NO_PINGS).queue();
    }

    /** Nothing to show (what follows is posted elsewhere): the interaction is acknowledged now, not at the deadline. */
    void acknowledge() {
        deferIfWaiting();
    }

    /**
     * Messages after the reply in a direct-message quiz go through the hook (a bot cannot always post in a DM); it
     * serves once the interaction is acknowledged, and JDA holds what is sent through it until then.
     */
    InteractionHook hook() {
        return interaction.getHook();
    }

    /** True when the reply comes before the deadline, and so acknowledges the interaction itself. */
    private boolean answersFirst() {
        if (state.compareAndSet(State.WAITING, State.ANSWERED)) {
            deadline.cancel(false);
            return true;
        }
        return false;
    }

    private void deferIfWaiting() {
        if (!state.compareAndSet(State.WAITING, State.DEFERRED)) {
            return;
        }
        if (acknowledgement == Acknowledgement.EDIT) {
            ((IMessageEditCallback) interaction).deferEdit().queue();
        } else {
            interaction.deferReply(acknowledgement == Acknowledgement.PRIVATE).queue();
        }
    }
}
