package org.attache.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.attache.answer.AnswerEngine;

/**
 * Questions asked by mentioning the bot in a channel, or in a direct message: each is answered by the engine and
 * the answer rendered as a reply that pings nobody. Nothing else happens here.
 */
final class QuestionListener extends ListenerAdapter {
    private final AnswerEngine engine;

    QuestionListener(AnswerEngine engine) {
        this.engine = engine;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (event.getAuthor().isBot() || event.getAuthor().isSystem()) {
            return;
        }
        boolean direct = event.isFromType(ChannelType.PRIVATE);
        boolean addressed = message.getMentions().isMentioned(event.getJDA().getSelfUser(),
                Message.MentionType.USER);
        if (!direct && !addressed) {
            return;
        }
        String question = message.getContentRaw().replaceAll("<@!?" + event.getJDA().getSelfUser().getId() + ">", " ");
        message.reply(AnswerMessage.of(engine.answer(question))).mentionRepliedUser(false).queue();
    }
}
