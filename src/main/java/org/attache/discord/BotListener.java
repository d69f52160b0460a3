package org.attache.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.attache.answer.AnswerEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

/**
 * The bot's one listener, and all it does on JDA's gateway thread: an interaction's work goes to the bounded pool of
 * workers, with a deadline past which the interaction is deferred as its route in {@link Interactions} says (see
 * {@link Reply}); the deadline is now when the work ahead of it will outlast it (see {@link Workers#deadline}).
 * Questions come by mention in a channel, by direct message, or by slash command; no reply pings anyone.
 */
final class BotListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(BotListener.class);
    private static final String UNKNOWN_BUTTON =
            "That button belongs to nothing I know: run the command again for fresh buttons.";
    private static final String BUSY = "I'm answering a lot of people right now: please try again in a moment.";

    private final AnswerEngine engine;
    private final Interactions interactions;
    private final Workers workers;
    private final UserRateLimit rateLimit;
    private final CountryChoices choices;
    private final Runnable onShutdown;
    private final java.util.concurrent.atomic.AtomicInteger shardsRunning;
    private final GatewayTime gatewayTime = new GatewayTime();

    BotListener(AnswerEngine engine, Interactions interactions, Workers workers, UserRateLimit rateLimit,
                int shards, Runnable onShutdown) {
        this.shardsRunning = new java.util.concurrent.atomic.AtomicInteger(shards);
        this.engine = engine;
        this.interactions = interactions;
        this.workers = workers;
        this.rateLimit = rateLimit;
        this.choices = new CountryChoices(engine.dataset());
        this.onShutdown = onShutdown;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        onGatewayThread(() -> message(event));
    }

    private void message(MessageReceivedEvent event) {
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
        String self = event.getJDA().getSelfUser().getId();
        String userId = event.getAuthor().getId();
        submit(() -> {
            if (!rateLimit.allow(userId)) {
                message.reply(UserRateLimit.message()).mentionRepliedUser(false).queue();
                return;
            }
            String question = message.getContentRaw().replaceAll("<@!?" + self + ">", " ");
            try {
                message.reply(AnswerMessage.of(engine.answer(question))).mentionRepliedUser(false).queue();
            } catch (RuntimeException e) {
                message.reply(FailureReports.report("a question by mention", e)).mentionRepliedUser(false).queue();
            }
        }, () -> message.reply(BUSY).mentionRepliedUser(false).queue());
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        onGatewayThread(() -> slashCommand(event));
    }

    private void slashCommand(SlashCommandInteractionEvent event) {
        Optional<SlashHandler> handler = interactions.command(event.getName());
        if (handler.isEmpty()) {
            event.reply("I don't know that command.").setEphemeral(true).queue();
            return;
        }
        Reply reply = Reply.within(event, handler.get().acknowledgement(event), workers.deadline(),
                workers.deadlines());
        String userId = event.getUser().getId();
        run("/" + event.getFullCommandName(), reply, () -> {
            if (!rateLimit.allow(userId)) {
                reply.note(UserRateLimit.message());
                return;
            }
            handler.get().handle(event, reply);
        });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        onGatewayThread(() -> button(event));
    }

    private void button(ButtonInteractionEvent event) {
        Optional<ComponentId> id = ComponentIds.decode(event.getComponentId());
        Optional<ButtonRoute<?>> route = id.flatMap(interactions::button);
        if (route.isEmpty()) {
            event.reply(UNKNOWN_BUTTON).setEphemeral(true).queue();
            return;
        }
        Reply reply = Reply.within(event, route.get().acknowledgement(), workers.deadline(), workers.deadlines());
        run("a button " + id.get().getClass().getSimpleName(), reply,
                () -> route.get().click(event, id.get(), reply));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        onGatewayThread(() -> choices(event));
    }

    private void choices(CommandAutoCompleteInteractionEvent event) {
        // choices cannot be deferred: they are in memory and quick, but still not worked out on the gateway thread
        submit(() -> {
            try {
                String typed = event.getFocusedOption().getValue();
                List<Command.Choice> offered = event.getFocusedOption().getName().equals("with")
                        ? choices.counterparts(event.getOption("country", "", o -> o.getAsString()), typed)
                        : choices.countries(typed);
                event.replyChoices(offered).queue();
            } catch (RuntimeException e) {
                FailureReports.report("choices for /" + event.getFullCommandName(), e);
            }
        }, () -> event.replyChoices(List.of()).queue());
    }

    /** What the listener does on JDA's gateway thread, timed. */
    private void onGatewayThread(Runnable handling) {
        GatewayTime.Start started = GatewayTime.start();
        try {
            handling.run();
        } finally {
            gatewayTime.record(started);
        }
    }

    /** How long this listener held the gateway thread, per event. */
    GatewayTime gatewayTime() {
        return gatewayTime;
    }

    /** Each of this process's shards ends with its own event: the workers and timers go with the last. */
    @Override
    public void onShutdown(ShutdownEvent event) {
        if (shardsRunning.decrementAndGet() == 0) {
            workers.shutdown();
            onShutdown.run();
        }
    }

    /**
     * The work of an interaction: a failure gets the user a reference and the log one line. A handler still at work
     * when the bot stops finds JDA refusing its requests: that is no failure of its own, and nothing can reach the
     * user any more.
     */
    private void run(String what, Reply reply, Runnable work) {
        submit(() -> {
            try {
                work.run();
            } catch (RejectedExecutionException e) {
                LOG.warn("{} was not answered: the bot is stopping ({})", what, e.getMessage());
            } catch (RuntimeException e) {
                reply.note(FailureReports.report(what, e));
            }
        }, () -> reply.note(BUSY));
    }

    private void submit(Runnable work, Runnable whenFull) {
        try {
            workers.execute(work);
        } catch (RejectedExecutionException e) {
            // the queue is full (or the bot is stopping): say so rather than leave the user waiting
            LOG.warn("workers refused a task: {}", e.toString());
            whenFull.run();
        }
    }
}
