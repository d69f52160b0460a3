package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real JDA client against the local Discord double: a question asked by mention gets a cited reply. */
class DiscordMentionTest {
    private static DiscordApiDouble discord;
    private static ShardManager jda;

    @BeforeAll
    static void startBot() throws InterruptedException {
        discord = new DiscordApiDouble();
        jda = TestBot.start(discord, 1000, Optional.empty());
    }

    @AfterAll
    static void stopBot() {
        TestBot.stop(jda, discord);
    }

    @Test
    void answersAMentionWithAnEmbedCitationAndNoPing() throws InterruptedException {
        int before = discord.requests().size();
        discord.userPostsInChannel("<@" + DiscordApiDouble.BOT_ID
                + "> When did Mexico and El Salvador establish diplomatic relations? @everyone", true);
        DiscordApiDouble.Recorded reply = discord.await(before, r -> r.method().equals("POST")
                && r.path().equals("/api/v10/channels/" + DiscordApiDouble.CHANNEL_ID + "/messages"), 10);
        JsonNode embed = reply.body().get("embeds").get(0);
        assertTrue(embed.get("description").asText().contains("1838"), embed.toString());
        assertTrue(embed.get("fields").get(0).get("value").asText().contains(
                "https://en.wikipedia.org/wiki/Foreign_relations_of_El_Salvador#Mexico"));
        JsonNode mentions = reply.body().get("allowed_mentions");
        assertEquals(0, mentions.get("parse").size(), mentions.toString());
        assertTrue(!mentions.has("replied_user") || !mentions.get("replied_user").asBoolean(), mentions.toString());
        assertTrue(reply.body().has("message_reference"));
    }

    @Test
    void ignoresChannelMessagesThatDoNotMentionTheBot() throws InterruptedException {
        int before = discord.requests().size();
        discord.userPostsInChannel("When did Mexico and El Salvador establish diplomatic relations?", false);
        // then a mention: its reply is the first message the bot posts after the unaddressed one
        discord.userPostsInChannel("<@" + DiscordApiDouble.BOT_ID + "> help", true);
        discord.await(before, r -> r.method().equals("POST") && r.body().path("embeds").path(0).path("description").asText()
                .startsWith("Ask me about"), 10);
        assertEquals(1, discord.requests().stream().skip(before).filter(r -> r.method().equals("POST")).count(),
                "only the mention was answered");
    }

    @Test
    void answersADirectMessageWithoutAMention() throws InterruptedException {
        int before = discord.requests().size();
        discord.userSendsDirectMessage("is ecuador a member of opec");
        DiscordApiDouble.Recorded reply = discord.await(before, r -> r.method().equals("POST")
                && r.path().equals("/api/v10/channels/" + DiscordApiDouble.DM_CHANNEL_ID + "/messages"), 10);
        assertTrue(reply.body().get("embeds").get(0).get("description").asText()
                .contains("Organization of Petroleum Exporting Countries"));
        assertEquals(0, reply.body().get("allowed_mentions").get("parse").size());
    }
}
