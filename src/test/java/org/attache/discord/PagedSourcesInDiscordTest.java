package org.attache.discord;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.attache.answer.CorpusEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /sources} on a dataset of over a hundred countries: a page at a time, with Prev and Next. */
class PagedSourcesInDiscordTest {
    private static DiscordApiDouble discord;
    private static ShardManager jda;

    @BeforeAll
    static void startBot() throws InterruptedException {
        discord = new DiscordApiDouble();
        jda = TestBot.start(discord, CorpusEngine.get());
        discord.await(0, r -> r.method().equals("PUT") && r.path().endsWith("/commands"), 30);
    }

    @AfterAll
    static void stopBot() {
        TestBot.stop(jda, discord);
    }

    /** What the user sees of the bot's reply. */
    private static JsonNode reply(String interactionId) throws InterruptedException {
        return discord.reply(interactionId, 10);
    }

    private static String description(JsonNode data) {
        return data.get("embeds").get(0).get("description").asText();
    }

    @Test
    void sourcesShowsTheFirstPageWithANextButtonThatEditsTheMessageToPageTwo() throws InterruptedException {
        discord.userRunsSlashCommand("700000000000000001", "sources");
        JsonNode first = reply("700000000000000001");
        assertTrue(description(first).matches("(?s)\\d+ articles about \\d+ countries; page 1 of \\d+\\n.*"),
                description(first));
        JsonNode buttons = first.get("components").get(0).get("components");
        assertTrue(buttons.get(0).get("disabled").asBoolean());
        String next = buttons.get(1).get("custom_id").asText();
        assertEquals(ComponentId.Page.sources(2), ComponentIds.decode(next).orElseThrow());

        discord.userClicksButton("700000000000000002", DiscordApiDouble.USER_ID, next);
        assertTrue(Set.of(6, 7).contains(discord.callback("700000000000000002", 10).get("type").asInt()),
                "the click edits its message, at once or deferred");
        JsonNode edit = reply("700000000000000002");
        assertTrue(description(edit).contains("; page 2 of "), description(edit));
        assertEquals(0, edit.get("allowed_mentions").get("parse").size());
    }

    @Test
    void aPageBeyondTheLastShowsTheLastWithNextDisabled() throws InterruptedException {
        discord.userRunsSlashCommand("700000000000000003", "sources", "page", "99");
        JsonNode last = reply("700000000000000003");
        Matcher count = Pattern.compile("\\d+ articles about \\d+ countries; page (\\d+) of (\\d+)")
                .matcher(description(last).lines().findFirst().orElseThrow());
        assertTrue(count.matches(), description(last));
        assertEquals(count.group(2), count.group(1), "page 99 is the last page");
        int pages = Integer.parseInt(count.group(2));
        JsonNode buttons = last.get("components").get(0).get("components");
        assertFalse(buttons.get(0).path("disabled").asBoolean());
        assertTrue(buttons.get(1).get("disabled").asBoolean(), "no page after the last");
        assertEquals(ComponentId.Page.sources(pages - 1),
                ComponentIds.decode(buttons.get(0).get("custom_id").asText()).orElseThrow());
    }
}
