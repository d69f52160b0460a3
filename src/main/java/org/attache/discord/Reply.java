package org.attache.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.EnumSet;

/**
 * The answer to one acknowledged interaction, through its hook: what the handler shows, or a short note only the
 * user sees. Nothing sent here pings anyone, edits included.
 */
final class Reply {
    private static final EnumSet<Message.MentionType> NO_PINGS = EnumSet.noneOf(Message.MentionType.class);

    private final InteractionHook hook;
    private final Acknowledgement acknowledgement;

    Reply(InteractionHook hook, Acknowledgement acknowledgement) {
        this.hook = hook;
        this.acknowledgement = acknowledgement;
    }

    /** The reply itself: it takes the place of the "thinking" message, or of the clicked button's message. */
    void show(MessageCreateData message) {
        hook.editOriginal(MessageEditData.fromCreateData(message)).setAllowedMentions(NO_PINGS).queue();
    }

    /** A note for the user alone ("Only the host moves the quiz on"). */
    void note(String text) {
        switch (acknowledgement) {
            case PRIVATE -> hook.editOriginal(text).setAllowedMentions(NO_PINGS).queue();
            case PUBLIC -> {
                // the channel saw "thinking…": that goes, and the note comes as a message of the user's own
                hook.deleteOriginal().queue();
                hook.sendMessage(text).setEphemeral(true).setAllowedMentions(NO_PINGS).queue();
            }
            case EDIT -> hook.sendMessage(text).setEphemeral(true).setAllowedMentions(NO_PINGS).queue();
        }
    }

    /** Messages after the reply in a direct-message quiz go through the hook (a bot cannot always post in a DM). */
    InteractionHook hook() {
        return hook;
    }
}
