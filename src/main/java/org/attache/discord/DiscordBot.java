package org.attache.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.attache.answer.AnswerEngine;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.attache.quiz.QuizService;
import java.util.Optional;

/**
 * Starts the bot on Discord with JDA's shard manager, running the shards the configuration gives this process. The
 * REST base URL and the gateway address come from the configuration, so the same bot runs against Discord, a
 * proxy, or the tests' local double. No message it sends may ping anyone.
 */
public final class DiscordBot {
    private DiscordBot() {
    }

    /**
     * Connects this process's shards and returns once they are ready. The token is used here and nowhere else,
     * never logged.
     */
    public static ShardManager start(String token, DiscordSettings settings, AnswerEngine engine,
                                     Optional<QuizService> quizzes) throws InterruptedException {
        return start(token, settings, engine, quizzes, QuizTimer.ownThread());
    }

    /** As {@link #start(String, DiscordSettings, AnswerEngine, Optional)}, quiz reveals timed by {@code timer}. */
    static ShardManager start(String token, DiscordSettings settings, AnswerEngine engine,
                              Optional<QuizService> quizzes, QuizTimer timer) throws InterruptedException {
        return start(token, settings, engine, quizzes, timer, Workers.start(settings.deferAfter()));
    }

    /**
     * As {@link #start(String, DiscordSettings, AnswerEngine, Optional, QuizTimer)}, handlers run by {@code workers}.
     */
    static ShardManager start(String token, DiscordSettings settings, AnswerEngine engine,
                              Optional<QuizService> quizzes, QuizTimer timer, Workers workers)
            throws InterruptedException {
        PagedReplies pages = new PagedReplies(engine);
        Interactions interactions = new Interactions().button(pages.route());
        SlashCommand.all(engine, pages).forEach(interactions::command);
        Optional<QuizClicks> clicks = quizzes.map(q -> new QuizClicks(q, timer));
        quizzes.ifPresent(q -> {
            interactions.command(new QuizCommand(q, clicks.get())).command(new LeaderboardCommand(q));
            clicks.get().routes().forEach(interactions::button);
        });
        // pings are off for every message, reply and edit the bot makes
        MessageRequest.setDefaultMentions(EnumSet.noneOf(net.dv8tion.jda.api.entities.Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        ShardSlice shards = settings.shards();
        BotListener listener = new BotListener(engine, interactions, workers,
                new UserRateLimit(settings.questionsPerMinute()), shards.ids().size(), timer::shutdown);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, GatewayIntent.GUILD_MESSAGES,
                        GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                .setShardsTotal(shards.total())
                .setShards(shards.ids())
                .setCompression(Compression.NONE)
                .setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()))
                .addEventListeners(listener);
        gateway(settings.gatewayUrl()).ifPresent(url -> builder.setSessionController(new SessionControllerAdapter() {
            @Override
            public String getGateway() {
                return url;
            }

            @Override
            public ShardedGateway getShardedGateway(JDA api) {
                return new ShardedGateway(url, shards.total());
            }
        }));
        ShardManager manager = builder.build();
        awaitReady(manager);
        clicks.ifPresent(c -> c.resume(manager, shards));
        if (shards.ids().contains(0)) {
            // one process registers the commands: the one that also holds the direct messages
            List<SlashCommandData> commands = interactions.definitions();
            Optional<Guild> devGuild = settings.devGuildId().map(manager::getGuildById);
            if (devGuild.isPresent()) {
                devGuild.get().updateCommands().addCommands(commands).queue();
            } else {
                manager.getShardById(0).updateCommands().addCommands(commands).queue();
            }
        }
        return manager;
    }

    /** How often startup looks whether every shard of the slice has begun to log in. */
    private static final long QUEUE_POLL_MS = 50;

    /** Waits for every shard of this process: JDA logs them in one after another, as Discord requires. */
    private static void awaitReady(ShardManager manager) throws InterruptedException {
        while (manager.getShardsQueued() > 0) {
            Thread.sleep(QUEUE_POLL_MS);
        }
        for (JDA shard : manager.getShards()) {
            shard.awaitReady();
        }
    }

    private static Optional<String> gateway(Optional<String> configured) {
        return configured.filter(url -> !url.isBlank());
    }
}
