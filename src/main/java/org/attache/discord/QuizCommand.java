package org.attache.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.attache.gazetteer.EntityId;
import org.attache.quiz.QuizFilter;
import org.attache.quiz.QuizService;
import org.attache.quiz.Topic;
import org.attache.quiz.QuizSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code /quiz start|stop|status|stats|flags}: starting and stopping a channel's quiz, and what players and
 * moderators may look up. A started quiz goes on in {@link QuizClicks}.
 */
final class QuizCommand implements SlashHandler {
    static final int MIN_SECONDS = 10;
    static final int MAX_SECONDS = 120;
    static final int MAX_QUESTIONS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(QuizCommand.class);
    private static final String UNKNOWN_COUNTRY = "I don't know that country: try a name `/sources` lists.";
    private static final String ALREADY_RUNNING =
            "A quiz is already running in this channel: answer it, or stop it with /quiz stop.";
    /** Subcommands whose whole reply only the user sees. */
    private static final Set<String> PRIVATE = Set.of("status", "flags");

    private final QuizService quizzes;
    private final QuizClicks clicks;

    QuizCommand(QuizService quizzes, QuizClicks clicks) {
        this.quizzes = quizzes;
        this.clicks = clicks;
    }

    @Override
    public SlashCommandData definition() {
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

    @Override
    public Acknowledgement acknowledgement(SlashCommandInteractionEvent event) {
        return PRIVATE.contains(Optional.ofNullable(event.getSubcommandName()).orElse("status"))
                ? Acknowledgement.PRIVATE : Acknowledgement.PUBLIC;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Reply reply) {
        switch (Optional.ofNullable(event.getSubcommandName()).orElse("")) {
            case "start" -> start(event, reply);
            case "stop" -> stop(event, reply);
            case "stats" -> stats(event, reply);
            case "flags" -> flags(event, reply);
            default -> status(event, reply);
        }
    }

    private void start(SlashCommandInteractionEvent event, Reply reply) {
        Optional<Integer> seconds = Optional.ofNullable(event.getOption("seconds", o -> o.getAsInt()))
                .map(s -> Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, s)));
        int count = Math.max(1, Math.min(MAX_QUESTIONS, event.getOption("questions", 5, o -> o.getAsInt())));
        Optional<String> countryName = Optional.ofNullable(event.getOption("country", o -> o.getAsString()));
        Optional<EntityId> country = countryName.flatMap(quizzes::country);
        if (countryName.isPresent() && country.isEmpty()) {
            reply.note(UNKNOWN_COUNTRY);
            return;
        }
        Optional<Topic> topic = Optional.ofNullable(event.getOption("topic", o -> o.getAsString()))
                .flatMap(Topic::byLabel);
        Optional<String> guild = event.isFromGuild() ? Optional.of(event.getGuild().getId()) : Optional.empty();
        if (quizzes.running(event.getChannel().getId()).isPresent()) {
            reply.note(ALREADY_RUNNING);
            return;
        }
        QuizService.Start start;
        try {
            start = quizzes.start(event.getChannel().getId(), guild, event.getUser().getId(),
                    new QuizFilter(country, topic, count, ThreadLocalRandom.current().nextLong()), seconds);
        } catch (RuntimeException e) {
            LOG.warn("could not start a quiz in channel {}: {}", event.getChannel().getId(), e.toString());
            reply.note("I could not start the quiz; please try again.");
            return;
        }
        if (start.alreadyRunning() || start.first().isEmpty()) {
            reply.note(start.alreadyRunning() ? ALREADY_RUNNING : "My sources hold no questions for that choice.");
            return;
        }
        // timed before it is shown: a question anyone can see already has its reveal on the clock
        clicks.started(start.session(), QuizPoster.of(event.isFromGuild(), event.getChannel(), reply.hook()));
        reply.show(QuizMessages.question(start.session(), start.first().get()));
    }

    private void stop(SlashCommandInteractionEvent event, Reply reply) {
        Optional<QuizSession> session = quizzes.running(event.getChannel().getId());
        boolean moderator = event.getMember() != null && event.getMember().hasPermission(Permission.MESSAGE_MANAGE);
        if (session.isEmpty()) {
            reply.note("No quiz is running here.");
        } else if (quizzes.stop(session.get().id(), event.getUser().getId(), moderator)) {
            reply.show(QuizMessages.ranking(quizzes.ranking(session.get().id())));
        } else {
            reply.note("Only the person who started the quiz, or a moderator, can stop it.");
        }
    }

    private void stats(SlashCommandInteractionEvent event, Reply reply) {
        if (!event.isFromGuild()) {
            reply.note("Stats are per server.");
            return;
        }
        String userId = Optional.ofNullable(event.getOption("user", o -> o.getAsUser().getId()))
                .orElse(event.getUser().getId());
        reply.show(QuizMessages.stats(userId, quizzes.stats(event.getGuild().getId(), userId)));
    }

    private void flags(SlashCommandInteractionEvent event, Reply reply) {
        if (!event.isFromGuild() || event.getMember() == null
                || !event.getMember().hasPermission(Permission.MESSAGE_MANAGE)) {
            reply.note("Flags are for the server's moderators.");
            return;
        }
        reply.show(QuizMessages.flags(quizzes.flags(event.getGuild().getId())));
    }

    private void status(SlashCommandInteractionEvent event, Reply reply) {
        Optional<QuizSession> session = quizzes.running(event.getChannel().getId());
        reply.note(session.map(s -> "Question " + (s.currentIndex() + 1) + " of " + s.questionCount() + " is open.")
                .orElse("No quiz is running here."));
    }
}
