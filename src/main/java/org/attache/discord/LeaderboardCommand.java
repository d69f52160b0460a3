package org.attache.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.attache.quiz.QuizService;

import java.util.concurrent.TimeUnit;

/** {@code /leaderboard [period]}: the server's quiz leaderboard, all time or the last seven days. */
final class LeaderboardCommand implements SlashHandler {
    private final QuizService quizzes;

    LeaderboardCommand(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("leaderboard", "This server's quiz leaderboard")
                .addOptions(new OptionData(OptionType.STRING, "period", "week or all (default all)", false)
                        .addChoice("week", "week").addChoice("all", "all"));
    }

    @Override
    public Acknowledgement acknowledgement(SlashCommandInteractionEvent event) {
        return Acknowledgement.PUBLIC;
    }

    @Override
    public void handle(SlashCommandInteractionEvent event, Reply reply) {
        if (!event.isFromGuild()) {
            reply.note("Leaderboards are per server.");
            return;
        }
        boolean week = "week".equals(event.getOption("period", "all", o -> o.getAsString()));
        long since = week ? quizzes.clock().millis() - TimeUnit.DAYS.toMillis(7) : 0;
        reply.show(QuizMessages.leaderboard(quizzes.leaderboard(event.getGuild().getId(), since), week));
    }
}
