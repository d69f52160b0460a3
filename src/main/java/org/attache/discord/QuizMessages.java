package org.attache.discord;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.attache.fact.Fact;
import org.attache.quiz.AskedQuestion;
import org.attache.quiz.FlaggedFact;
import org.attache.quiz.QuizSession;
import org.attache.quiz.Standing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The quiz's Discord messages: a question with buttons A–D, a reveal with its citation, the final ranking. */
final class QuizMessages {
    static final String LETTERS = "ABCD";

    private QuizMessages() {
    }

    /** Button ids name the session and question, so a click finds its quiz even after a restart. */
    static String buttonId(String sessionId, int index, int option) {
        return ComponentIds.encode(new ComponentId.QuizAnswer(new ComponentId.QuizQuestionRef(sessionId, index), option));
    }

    static String nextId(String sessionId, int index) {
        return ComponentIds.encode(new ComponentId.QuizNext(new ComponentId.QuizQuestionRef(sessionId, index)));
    }

    static String flagId(String sessionId, int index) {
        return ComponentIds.encode(new ComponentId.QuizFlag(new ComponentId.QuizQuestionRef(sessionId, index)));
    }

    static MessageCreateData question(QuizSession session, AskedQuestion question) {
        StringBuilder text = new StringBuilder(question.prompt()).append('\n');
        for (int i = 0; i < question.options().size(); i++) {
            text.append('\n').append("**").append(LETTERS.charAt(i)).append("** ").append(question.options().get(i));
        }
        EmbedBuilder embed = new EmbedBuilder().setTitle("Question " + (question.index() + 1) + " of "
                        + session.questionCount())
                .setDescription(Limits.cut(text.toString(), 4096))
                .setFooter(session.seconds().map(s -> s + " seconds to answer")
                        .orElse("The host presses Next when the group is ready"));
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            buttons.add(Button.primary(buttonId(session.id(), question.index(), i), String.valueOf(LETTERS.charAt(i))));
        }
        MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embed.build())
                .addComponents(ActionRow.of(buttons));
        if (session.seconds().isEmpty()) {
            message.addComponents(ActionRow.of(Button.secondary(nextId(session.id(), question.index()),
                    "Reveal and next")));
        }
        return message.build();
    }

    static MessageCreateData reveal(String sessionId, AskedQuestion question, Optional<Fact> fact,
                                    List<String> rightAnswerers) {
        String right = LETTERS.charAt(question.correctOption()) + ": " + question.options().get(question.correctOption());
        EmbedBuilder embed = new EmbedBuilder().setTitle("Answer to question " + (question.index() + 1))
                .setDescription(Limits.cut("**" + right + "**\n" + (rightAnswerers.isEmpty() ? "Nobody had it."
                        : rightAnswerers.size() + " got it right: " + names(rightAnswerers)), 4096));
        fact.ifPresent(f -> embed.addField("Source", Limits.cut("> " + f.provenance().sentence() + "\n*"
                + f.provenance().article() + "*, snapshot " + f.provenance().snapshot() + "\n"
                + f.provenance().url(), 1024), false));
        return new MessageCreateBuilder().setEmbeds(embed.build())
                .addComponents(ActionRow.of(Button.danger(flagId(sessionId, question.index()),
                        "Flag: this question is wrong")))
                .build();
    }

    /** Users as Discord shows them; messages never ping (allowed mentions are off), so naming them is safe. */
    private static String names(List<String> userIds) {
        List<String> shown = userIds.subList(0, Math.min(10, userIds.size()));
        StringBuilder text = new StringBuilder();
        shown.forEach(id -> text.append(text.length() == 0 ? "" : ", ").append("<@").append(id).append('>'));
        return text + (userIds.size() > shown.size() ? " and " + (userIds.size() - shown.size()) + " more" : "") + ".";
    }

    static MessageCreateData leaderboard(List<Standing> scores, boolean week) {
        StringBuilder text = new StringBuilder();
        int place = 1;
        for (Standing score : scores) {
            text.append(place++).append(". <@").append(score.userId()).append("> ").append(score.points())
                    .append(" points, ").append(String.format(java.util.Locale.ROOT, "%.0f", score.accuracyPercent()))
                    .append("% right (").append(score.correct()).append('/').append(score.answered()).append(")\n");
        }
        return new MessageCreateBuilder().setEmbeds(new EmbedBuilder()
                .setTitle(week ? "Leaderboard, last 7 days" : "Leaderboard, all time")
                .setDescription(text.length() == 0 ? "No answers yet." : Limits.cut(text.toString(), 4096))
                .build()).build();
    }

    static MessageCreateData stats(String userId, org.attache.quiz.PlayerStats stats) {
        String text = "<@" + userId + ">: " + stats.answered() + " answered, " + stats.correct() + " right ("
                + String.format(java.util.Locale.ROOT, "%.0f", stats.accuracyPercent()) + "%), streak "
                + stats.streak() + stats.weakestTopic().map(t -> ", weakest topic: " + t).orElse("") + ".";
        return new MessageCreateBuilder().setEmbeds(new EmbedBuilder().setTitle("Quiz stats").setDescription(text)
                .build()).build();
    }

    static MessageCreateData flags(List<FlaggedFact> flags) {
        StringBuilder text = new StringBuilder();
        for (FlaggedFact flag : flags) {
            text.append("• ").append(flag.flags()).append(flag.flags() == 1 ? " flag: " : " flags: ")
                    .append(flag.fact().map(f -> f.statement() + " (" + f.provenance().url() + ")")
                            .orElse(flag.id().value()))
                    .append('\n');
        }
        return new MessageCreateBuilder().setContent(text.length() == 0 ? "No question has been flagged."
                : Limits.cut(text.toString(), 2000)).build();
    }

    static MessageCreateData ranking(List<Standing> ranking) {
        StringBuilder text = new StringBuilder();
        int place = 1;
        for (Standing score : ranking.subList(0, Math.min(10, ranking.size()))) {
            text.append(place++).append(". <@").append(score.userId()).append("> ").append(score.points())
                    .append(" points (").append(score.correct()).append('/').append(score.answered()).append(")\n");
        }
        return new MessageCreateBuilder().setEmbeds(new EmbedBuilder().setTitle("Final ranking")
                .setDescription(text.length() == 0 ? "Nobody answered." : Limits.cut(text.toString(), 4096))
                .build()).build();
    }
}
