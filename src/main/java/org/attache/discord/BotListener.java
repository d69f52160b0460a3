package org.attache.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.attache.answer.AnswerEngine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's one listener: turns a Discord event into a call on the engine and sends back the rendered answer.
 * Questions come by mention in a channel, by direct message, or by slash command; each reply pings nobody.
 */
final class BotListener extends ListenerAdapter {
    private final AnswerEngine engine;
    private final Map<String, SlashCommand> commands;
    private final UserRateLimit rateLimit;
    private final CountryChoices choices;
    private final Optional<QuizFlow> quiz;
    private final PagedReplies pages;

    BotListener(AnswerEngine engine, UserRateLimit rateLimit, Optional<QuizFlow> quiz) {
        this.engine = engine;
        this.quiz = quiz;
        this.commands = SlashCommand.all(engine);
        this.rateLimit = rateLimit;
        this.choices = new CountryChoices(engine.dataset());
        this.pages = new PagedReplies(engine);
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
        if (!rateLimit.allow(event.getAuthor().getId())) {
            message.reply(UserRateLimit.message()).mentionRepliedUser(false).queue();
            return;
        }
        String question = message.getContentRaw().replaceAll("<@!?" + event.getJDA().getSelfUser().getId() + ">", " ");
        message.reply(AnswerMessage.of(engine.answer(question))).mentionRepliedUser(false).queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        String typed = event.getFocusedOption().getValue();
        List<Command.Choice> offered = event.getFocusedOption().getName().equals("with")
                ? choices.counterparts(event.getOption("country", "", o -> o.getAsString()), typed)
                : choices.countries(typed);
        event.replyChoices(offered).queue();
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        quiz.ifPresent(QuizFlow::shutdown);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<ComponentId> id = ComponentIds.decode(event.getComponentId());
        if (id.isPresent() && id.get() instanceof ComponentId.Page page) {
            pages.click(event, page);
        } else if (id.isPresent() && quiz.isPresent() && id.get() instanceof ComponentId.QuizAnswer answer) {
            quiz.get().answer(event, answer);
        } else if (id.isPresent() && quiz.isPresent() && id.get() instanceof ComponentId.QuizNext next) {
            quiz.get().next(event, next);
        } else if (id.isPresent() && quiz.isPresent() && id.get() instanceof ComponentId.QuizFlag flag) {
            quiz.get().flag(event, flag);
        } else {
            event.reply("That button belongs to nothing I know: run the command again for fresh buttons.")
                    .setEphemeral(true).queue();
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if ((event.getName().equals("quiz") || event.getName().equals("leaderboard")) && quiz.isPresent()) {
            if (!rateLimit.allow(event.getUser().getId())) {
                event.reply(UserRateLimit.message()).setEphemeral(true).queue();
            } else if (event.getName().equals("leaderboard")) {
                quiz.get().leaderboard(event);
            } else {
                quiz.get().command(event);
            }
            return;
        }
        SlashCommand command = commands.get(event.getName());
        if (command == null) {
            event.reply("I don't know that command.").setEphemeral(true).queue();
            return;
        }
        if (!rateLimit.allow(event.getUser().getId())) {
            event.reply(UserRateLimit.message()).setEphemeral(true).queue();
            return;
        }
        event.reply(command.reply(event)).queue();
    }
}
