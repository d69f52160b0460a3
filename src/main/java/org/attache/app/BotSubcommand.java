package org.attache.app;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.answer.AnswerEngine;
import org.attache.discord.DiscordBot;
import org.attache.discord.Heartbeat;
import org.attache.quiz.QuizService;
import org.attache.storage.Database;
import org.attache.storage.FactIdRenames;
import org.attache.storage.QuizStore;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@code attache bot}: the Discord bot, with the token from {@code DISCORD_TOKEN} (the default when it is set). */
@Command(name = "bot", mixinStandardHelpOptions = true,
        description = {"Runs the Discord bot until Discord ends its session.",
            "The token comes from the environment variable DISCORD_TOKEN, never from a file or the command line."})
final class BotSubcommand extends Subcommand {
    static final String TOKEN = "DISCORD_TOKEN";
    /** The exit code when the bot cannot reach Discord or Discord refuses it. */
    static final int CANNOT_CONNECT = 3;

    BotSubcommand(Invocation invocation) {
        super(invocation);
    }

    /** A refused token said as such; anything else by its own first line. */
    private static String why(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidTokenException || cause instanceof ErrorResponseException refused
                    && refused.getResponse() != null && refused.getResponse().code == 401) {
                return "Discord refused the token (HTTP 401)";
            }
        }
        return OneLine.of(failure);
    }

    @Override
    public Integer call() throws Exception {
        String token = invocation.environment().getOrDefault(TOKEN, "");
        if (token.isBlank()) {
            invocation.err().println("the bot needs its token in the environment variable " + TOKEN);
            return 2;
        }
        AttacheConfig config = invocation.config();
        AnswerEngine engine = Warnings.of(invocation.startup().engine(), invocation.err());
        QuizService quizzes = new QuizService(engine.dataset(),
                new QuizStore(Database.open(config.storage(), FactIdRenames.of(engine.dataset().facts()))),
                config.scoring(), Clock.systemUTC());
        ShardManager bot;
        try {
            bot = DiscordBot.start(token, config.discord(), engine, Optional.of(quizzes));
        } catch (RuntimeException e) {
            // a refused token, a server that cannot be reached: what to check, in one line; the trace at debug
            LoggerFactory.getLogger(BotSubcommand.class).debug("could not connect to Discord", e);
            invocation.err().println("cannot connect to Discord: " + why(e) + " (check " + TOKEN
                    + ", the network, or discord.rest-url / ATTACHE_DISCORD_REST_URL)");
            return CANNOT_CONNECT;
        }
        invocation.err().println("connected to Discord as " + bot.getShards().get(0).getSelfUser().getName()
                + " (shards " + config.discord().shards().ids() + " of " + config.discord().shards().total()
                + "); answering mentions and direct messages");
        List<JDA> shards = List.copyOf(bot.getShards());
        try (AutoCloseable heartbeat = Heartbeat.start(bot, engine.dataset().articles().size(),
                config.heartbeatFile(), Clock.systemUTC())) {
            for (JDA shard : shards) {
                shard.awaitShutdown();
            }
        }
        return 0;
    }
}
