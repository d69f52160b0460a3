package org.attache.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.attache.gazetteer.EntityId;
import org.attache.quiz.QuizFilter;
import org.attache.quiz.QuizService;
import org.attache.quiz.Topic;
import org.attache.storage.StoredQuestion;
import org.attache.storage.StoredSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Quizzes in Discord: {@code /quiz start|stop|status}, answer buttons A–D, and the reveal after the timer or when
 * the host presses Next. The quiz itself is the {@link QuizService}'s; this class only turns events into calls and
 * results into messages.
 */
final class QuizFlow {
    static final int MIN_SECONDS = 10;
    static final int MAX_SECONDS = 120;
    static final int MAX_QUESTIONS = 20;

    private static final String UNKNOWN_COUNTRY = "I don't know that country: try a name `/sources` lists.";
    private static final Logger LOG = LoggerFactory.getLogger(QuizFlow.class);
    private static final String ALREADY_RUNNING =
            "A quiz is already running in this channel: answer it, or stop it with /quiz stop.";
    /** No mention in an edit pings anyone (the defaults set in {@link DiscordBot} hold for new messages). */
    private static final EnumSet<Message.MentionType> NO_PINGS = EnumSet.noneOf(Message.MentionType.class);

    private final QuizService quizzes;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "quiz-timers");
        thread.setDaemon(true);
        return thread;
    });

    QuizFlow(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    static SlashCommandData definition() {
        return Commands.slash("quiz", "Multiple-choice quizzes for study groups, every answer cited")
                .addSubcommands(new SubcommandData("start", "Start a quiz in this channel")
                                .addOption(OptionType.STRING, "country", "Only questions about this country", false)
                                .addOption(OptionType.STRING, "topic",
                                        "relations, missions, memberships, conflicts or figures", false)
                                .addOption(OptionType.INTEGER, "questions", "How many (1–20, default 5)", false)
                                .addOption(OptionType.INTEGER, "seconds",
                                        "Seconds per question (10–120); leave out to press Next yourself", false),
                        new SubcommandData("stop", "Stop the quiz in this channel"),
                        new SubcommandData("status", "Where the quiz in this channel stands"),
                        new SubcommandData("stats", "Answered, correct, accuracy, streak and weakest topic")
                                .addOption(OptionType.USER, "user", "Whose (yours if left out)", false),
                        new SubcommandData("flags", "Questions players flagged as wrong (moderators)"));
    }

    static SlashCommandData leaderboardDefinition() {
        return Commands.slash("leaderboard", "This server's quiz leaderboard")
                .addOptions(new OptionData(OptionType.STRING, "period", "week or all (default all)", false)
                        .addChoice("week", "week").addChoice("all", "all"));
    }

    void leaderboard(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild()) {
            event.reply("Leaderboards are per server.").setEphemeral(true).queue();
            return;
        }
        boolean week = "week".equals(event.getOption("period", "all", o -> o.getAsString()));
        long since = week ? quizzes.clock().millis() - TimeUnit.DAYS.toMillis(7) : 0;
        event.reply(QuizMessages.leaderboard(quizzes.leaderboard(event.getGuild().getId(), since), week)).queue();
    }

    void command(SlashCommandInteractionEvent event) {
        String sub = Optional.ofNullable(event.getSubcommandName()).orElse("");
        switch (sub) {
            case "start" -> start(event);
            case "stop" -> stop(event);
            case "stats" -> stats(event);
            case "flags" -> flags(event);
            default -> status(event);
        }
    }

    private void start(SlashCommandInteractionEvent event) {
        Optional<Integer> seconds = Optional.ofNullable(event.getOption("seconds", o -> o.getAsInt()))
                .map(s -> Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, s)));
        int count = Math.max(1, Math.min(MAX_QUESTIONS, event.getOption("questions", 5, o -> o.getAsInt())));
        Optional<String> countryName = Optional.ofNullable(event.getOption("country", o -> o.getAsString()));
        Optional<EntityId> country = countryName.flatMap(quizzes::country);
        if (countryName.isPresent() && country.isEmpty()) {
            event.reply(UNKNOWN_COUNTRY).setEphemeral(true).queue();
            return;
        }
        Optional<Topic> topic = Optional.ofNullable(event.getOption("topic", o -> o.getAsString())).flatMap(Topic::byLabel);
        Optional<String> guild = event.isFromGuild() ? Optional.of(event.getGuild().getId()) : Optional.empty();
        if (quizzes.running(event.getChannel().getId()).isPresent()) {
            event.reply(ALREADY_RUNNING).setEphemeral(true).queue();
            return;
        }
        // building the questions may take longer than Discord's 3 seconds: acknowledge first, answer through the hook
        event.deferReply().queue();
        InteractionHook hook = event.getHook();
        QuizService.Start start;
        try {
            start = quizzes.start(event.getChannel().getId(), guild, event.getUser().getId(),
                    new QuizFilter(country, topic, count, ThreadLocalRandom.current().nextLong()), seconds);
        } catch (RuntimeException e) {
            LOG.warn("could not start a quiz in channel {}", event.getChannel().getId(), e);
            hook.editOriginal("I could not start the quiz; please try again.").setAllowedMentions(NO_PINGS).queue();
            return;
        }
        if (start.alreadyRunning() || start.first().isEmpty()) {
            // the deferred reply is public, so these (rare once the check above passed) notes are too
            hook.editOriginal(start.alreadyRunning() ? ALREADY_RUNNING : "My sources hold no questions for that choice.")
                    .setAllowedMentions(NO_PINGS).queue();
            return;
        }
        hook.editOriginal(MessageEditData.fromCreateData(QuizMessages.question(start.session(), start.first().get())))
                .setAllowedMentions(NO_PINGS).queue();
        schedule(start.session(), 0, poster(event.isFromGuild(), event.getChannel(), hook));
    }

    private void stop(SlashCommandInteractionEvent event) {
        Optional<StoredSession> session = quizzes.running(event.getChannel().getId());
        boolean moderator = event.getMember() != null && event.getMember().hasPermission(Permission.MESSAGE_MANAGE);
        if (session.isEmpty()) {
            event.reply("No quiz is running here.").setEphemeral(true).queue();
        } else if (quizzes.stop(session.get().id(), event.getUser().getId(), moderator)) {
            event.reply(QuizMessages.ranking(quizzes.ranking(session.get().id()))).queue();
        } else {
            event.reply("Only the person who started the quiz, or a moderator, can stop it.").setEphemeral(true).queue();
        }
    }

    private void stats(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild()) {
            event.reply("Stats are per server.").setEphemeral(true).queue();
            return;
        }
        String userId = Optional.ofNullable(event.getOption("user", o -> o.getAsUser().getId()))
                .orElse(event.getUser().getId());
        event.reply(QuizMessages.stats(userId, quizzes.stats(event.getGuild().getId(), userId))).queue();
    }

    private void flags(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild() || event.getMember() == null
                || !event.getMember().hasPermission(Permission.MESSAGE_MANAGE)) {
            event.reply("Flags are for the server's moderators.").setEphemeral(true).queue();
            return;
        }
        event.reply(QuizMessages.flags(quizzes.flags(event.getGuild().getId()), quizzes::fact)).setEphemeral(true)
                .queue();
    }

    private void status(SlashCommandInteractionEvent event) {
        Optional<StoredSession> session = quizzes.running(event.getChannel().getId());
        event.reply(session.map(s -> "Question " + (s.currentIndex() + 1) + " of " + s.questionCount() + " is open.")
                .orElse("No quiz is running here.")).setEphemeral(true).queue();
    }

    /** A flag raised on a revealed question. */
    void flag(ButtonInteractionEvent event, ComponentId.QuizFlag id) {
        event.reply(quizzes.flag(id.question().sessionId(), id.question().index(), event.getUser().getId())
                ? "Thank you: the moderators will see that this question may be wrong."
                : "That question no longer exists.").setEphemeral(true).queue();
    }

    /** The host's Next button: reveal the answer and move on. */
    void next(ButtonInteractionEvent event, ComponentId.QuizNext id) {
        Optional<StoredSession> session = quizzes.session(id.question().sessionId());
        if (session.isEmpty() || !session.get().starterId().equals(event.getUser().getId())) {
            event.reply("Only the host moves the quiz on.").setEphemeral(true).queue();
            return;
        }
        event.deferEdit().queue();
        revealAndAdvance(session.get(), id.question().index(), poster(event.isFromGuild(), event.getChannel(),
                event.getHook()));
    }

    /** An answer button A–D. */
    void answer(ButtonInteractionEvent event, ComponentId.QuizAnswer id) {
        String sessionId = id.question().sessionId();
        int index = id.question().index();
        int option = id.option();
        QuizService.Click click = quizzes.answer(sessionId, index, event.getUser().getId(), option);
        String reply = switch (click) {
            case RECORDED_RIGHT, RECORDED_WRONG -> "Your answer " + QuizMessages.LETTERS.charAt(option)
                    + " is recorded; the answer comes at the reveal.";
            case ALREADY_ANSWERED -> "You already answered this question: your first answer stands.";
            case TOO_LATE -> "Too late: this question is closed.";
            case NO_SUCH_QUIZ -> "That quiz no longer exists.";
        };
        event.reply(reply).setEphemeral(true).queue();
        boolean recorded = click == QuizService.Click.RECORDED_RIGHT || click == QuizService.Click.RECORDED_WRONG;
        // a solo quiz (direct message) reveals at once; a timed group quiz when everyone active has answered
        boolean solo = !event.isFromGuild();
        if (recorded && (solo || quizzes.everyoneActiveAnswered(sessionId, index))) {
            quizzes.session(sessionId).filter(s -> solo || s.seconds().isPresent())
                    .ifPresent(s -> timers.execute(() -> revealAndAdvance(s, index,
                            poster(event.isFromGuild(), event.getChannel(), event.getHook()))));
        }
    }

    /**
     * After a restart: timed quizzes that were running carry on, each question revealed when its time is up (at
     * once if it already is). Host-paced quizzes need nothing: their buttons name the session, which is stored.
     */
    void resume(JDA jda) {
        long now = quizzes.clock().millis();
        for (StoredSession session : quizzes.runningSessions()) {
            MessageChannel channel = jda.getChannelById(MessageChannel.class, session.channelId());
            if (channel == null || session.seconds().isEmpty()) {
                continue;
            }
            long askedAt = quizzes.question(session.id(), session.currentIndex()).map(StoredQuestion::askedAt)
                    .orElse(now);
            long remaining = Math.max(0, askedAt + session.seconds().get() * 1000L - now);
            timers.schedule(() -> revealAndAdvance(session, session.currentIndex(), Poster.to(channel)), remaining,
                    TimeUnit.MILLISECONDS);
        }
    }

    private static Poster poster(boolean inGuild, MessageChannel channel, InteractionHook hook) {
        return inGuild ? Poster.to(channel) : Poster.followUps(hook);
    }

    /** The bot is going down: pending reveals are dropped (the next start resumes them from the store). */
    void shutdown() {
        timers.shutdownNow();
    }

    private void schedule(StoredSession session, int index, Poster post) {
        session.seconds().ifPresent(seconds -> timers.schedule(() -> revealAndAdvance(session, index, post),
                seconds, TimeUnit.SECONDS));
    }

    /**
     * Where the quiz's next messages go: the channel, or for a quiz in the bot's direct messages the interaction's
     * follow-up webhook (a bot cannot always post into a DM it did not open).
     */
    interface Poster {
        void post(MessageCreateData message);

        static Poster to(MessageChannel channel) {
            return message -> channel.sendMessage(message).queue();
        }

        static Poster followUps(InteractionHook hook) {
            return message -> hook.sendMessage(message).queue();
        }
    }

    /** Runs on the timer thread: a failure is logged, never lost in the executor. */
    private void revealAndAdvance(StoredSession session, int index, Poster post) {
        try {
            reveal(session, index, post);
        } catch (RuntimeException e) {
            LOG.warn("could not reveal question {} of quiz {}", index + 1, session.id(), e);
        }
    }

    private void reveal(StoredSession session, int index, Poster post) {
        Optional<StoredQuestion> revealed = quizzes.reveal(session.id(), index);
        if (revealed.isEmpty()) {
            return;
        }
        post.post(QuizMessages.reveal(session.id(), revealed.get(), quizzes.factOf(revealed.get()),
                quizzes.rightAnswerers(session.id(), index)));
        Optional<StoredQuestion> next = quizzes.next(session.id());
        if (next.isPresent()) {
            post.post(QuizMessages.question(session, next.get()));
            schedule(session, next.get().index(), post);
        } else {
            post.post(QuizMessages.ranking(quizzes.ranking(session.id())));
        }
    }
}
