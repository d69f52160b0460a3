package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slash commands through the real JDA client and the local Discord double. */
class SlashCommandTest {
    private static final int EPHEMERAL = DiscordApiDouble.EPHEMERAL;
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
    void registersAskSourcesAndHelpOnStart() throws InterruptedException {
        DiscordApiDouble.Recorded registration = discord.await(0, r -> r.method().equals("PUT")
                && r.path().endsWith("/commands"), 10);
        List<String> names = new ArrayList<>();
        registration.body().forEach(c -> names.add(c.get("name").asText()));
        assertTrue(names.containsAll(List.of("ask", "sources", "help")), names.toString());
    }

    @Test
    void askAnswersWithACitedEmbedAndPingsNobody() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userRunsSlashCommand("600000000000000001", "ask", "question",
                "where does ecuador have consulates-general in spain");
        JsonNode callback = discord.await(0, r -> r.path().equals(
                "/api/v10/interactions/600000000000000001/token-600000000000000001/callback"), 10).body();
        assertTrue(Set.of(4, 5).contains(callback.get("type").asInt()), "a reply, or a deferred one: " + callback);
        JsonNode data = discord.reply("600000000000000001", 10);
        String description = data.get("embeds").get(0).get("description").asText();
        assertTrue(description.contains("Alicante") && description.contains("Valencia"), description);
        assertTrue(data.get("embeds").get(0).get("fields").get(0).get("value").asText()
                .contains("Foreign_relations_of_Ecuador#Spain"));
        assertEquals(0, data.get("allowed_mentions").get("parse").size());
    }

    @Test
    void sourcesListsEachCountryWithItsSnapshotsOnOnePageWithoutPageButtons() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userRunsSlashCommand("600000000000000002", "sources");
        JsonNode shown = reply("600000000000000002");
        String description = shown.get("embeds").get(0).get("description").asText();
        assertEquals("3 articles about 2 countries\nEcuador — 2013-01\nEl Salvador — 2019-11, 2014-10",
                description);
        assertEquals(0, shown.path("components").size(), "one page needs no buttons");
    }

    @Test
    void relationsWithoutACounterpartShowsAPageAndNextEditsTheMessageToPageTwo() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userRunsSlashCommand("600000000000000020", "relations", "country", "ecaudor");
        JsonNode first = reply("600000000000000020");
        String page1 = first.get("embeds").get(0).get("description").asText();
        assertTrue(page1.matches("(?s)Ecuador: \\d+ counterparts; page 1 of \\d+\n• .*"), page1);
        JsonNode buttons = first.get("components").get(0).get("components");
        assertEquals("◀ Prev", buttons.get(0).get("label").asText());
        assertTrue(buttons.get(0).get("disabled").asBoolean(), "no page before the first");
        assertEquals("Next ▶", buttons.get(1).get("label").asText());
        assertFalse(buttons.get(1).path("disabled").asBoolean());
        String next = buttons.get(1).get("custom_id").asText();
        assertEquals(ComponentId.Page.relations("Ecuador", 2), ComponentIds.decode(next).orElseThrow());

        discord.userClicksButton("600000000000000021", DiscordApiDouble.USER_ID, next);
        assertTrue(Set.of(6, 7).contains(callback("600000000000000021").get("type").asInt()),
                "the click edits the message it is on, at once or deferred");
        JsonNode edit = reply("600000000000000021");
        String page2 = edit.get("embeds").get(0).get("description").asText();
        assertTrue(page2.startsWith("Ecuador: ") && page2.contains("; page 2 of "), page2);
        assertFalse(page2.lines().skip(1).anyMatch(page1.lines().skip(1).toList()::contains), page2);
        JsonNode moved = edit.get("components").get(0).get("components");
        assertFalse(moved.get(0).path("disabled").asBoolean(), "page 2 has a page before it");
        assertEquals(ComponentId.Page.relations("Ecuador", 1), ComponentIds.decode(moved.get(0).get("custom_id").asText())
                .orElseThrow());
        assertEquals(0, edit.get("allowed_mentions").get("parse").size(), "the edit pings nobody");
    }

    @Test
    void aMalformedPageButtonGetsAKindEphemeralReply() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userClicksButton("600000000000000022", DiscordApiDouble.USER_ID, "p1:r:zero:Ecuador");
        JsonNode reply = callback("600000000000000022");
        assertEquals(4, reply.get("type").asInt());
        assertEquals(EPHEMERAL, reply.get("data").get("flags").asInt() & EPHEMERAL);
        assertTrue(reply.get("data").get("content").asText().contains("run the command again"), reply.toString());
        // without a quiz running in this bot, a quiz button is no button of ours either
        discord.userClicksButton("600000000000000023", DiscordApiDouble.USER_ID, "quiz:abc:0:1");
        assertEquals(EPHEMERAL, callback("600000000000000023").get("data").get("flags").asInt() & EPHEMERAL);
    }

    private static JsonNode callback(String interactionId) throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        return discord.callback(interactionId, 10);
    }

    /** What the user sees of the bot's reply. */
    private static JsonNode reply(String interactionId) throws InterruptedException {
        return discord.reply(interactionId, 10);
    }

    @Test
    void countryAutocompleteForgivesTypos() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userTypesInOption("600000000000000010", "relations", "country", "country", "ecaudor");
        JsonNode reply = callback("600000000000000010");
        assertEquals(8, reply.get("type").asInt());
        JsonNode choices = reply.get("data").get("choices");
        assertEquals("Ecuador", choices.get(0).get("name").asText());
        assertTrue(choices.size() <= 25);
    }

    @Test
    void withAutocompleteOffersTheCountrysCounterpartsByPrefix() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userTypesInOption("600000000000000011", "relations", "with", "country", "El Salvador", "with", "m");
        JsonNode choices = callback("600000000000000011").get("data").get("choices");
        List<String> names = new ArrayList<>();
        choices.forEach(c -> names.add(c.get("name").asText()));
        assertEquals("Mexico", names.get(0), names.toString());
        assertTrue(names.size() <= 25);
    }

    @Test
    void relationsWithACounterpartAnswersWithItsCitation() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userRunsSlashCommand("600000000000000012", "relations", "country", "El Salvador", "with", "Mexico");
        JsonNode embed = reply("600000000000000012").get("embeds").get(0);
        assertTrue(embed.get("description").asText().contains("1838"), embed.toString());
    }

    @Test
    void relationsWithoutACounterpartGivesACitedOverview() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userRunsSlashCommand("600000000000000013", "relations", "country", "Ecuador");
        JsonNode embed = reply("600000000000000013").get("embeds").get(0);
        String description = embed.get("description").asText();
        assertTrue(description.split("•").length > 4, description);
        assertTrue(embed.get("fields").size() >= 1);
    }

    @Test
    void withAutocompleteForgivesATypo() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userTypesInOption("600000000000000014", "relations", "with", "country", "El Salvador", "with", "hondras");
        JsonNode choices = callback("600000000000000014").get("data").get("choices");
        assertEquals("Honduras", choices.get(0).get("name").asText(), choices.toString());
    }

    @Test
    void helpSaysHowToAsk() throws InterruptedException {
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 10);
        discord.userRunsSlashCommand("600000000000000015", "help");
        String description = reply("600000000000000015").get("embeds").get(0).get("description")
                .asText();
        assertTrue(description.startsWith("Ask me about"), description);
    }
}
