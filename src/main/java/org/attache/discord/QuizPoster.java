package org.attache.discord;

import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Where a quiz's next messages go: the channel, or for a quiz in the bot's direct messages the interaction's
 * follow-up webhook (a bot cannot always post into a DM it did not open).
 */
interface QuizPoster {
    void post(MessageCreateData message);

    static QuizPoster to(MessageChannel channel) {
        return message -> channel.sendMessage(message).queue();
    }

    static QuizPoster followUps(InteractionHook hook) {
        return message -> hook.sendMessage(message).queue();
    }

    static QuizPoster of(boolean inGuild, MessageChannel channel, InteractionHook hook) {
        return inGuild ? to(channel) : followUps(hook);
    }
}
