package org.attache.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.app.Main;
import org.attache.discord.Heartbeat;
import org.attache.logging.LoggedErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user runs it: facts, validate and the console, through Main. */
class CommandLineTest {
    record Run(int exit, String out, String err) {
    }

    /** A manifest entry whose file is not there. */
    private static final String MISSING_PERU = """
              - file: gone.txt
                format: wikitext
                title: Foreign relations of Peru
                country: Peru
                url: https://en.wikipedia.org/wiki/Foreign_relations_of_Peru
                snapshot: 2020-01
                snapshot-derivation: test
            """;

    private static Run run(List<String> args, String input, Map<String, String> environment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            exit = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), environment);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void factsForACountryAsJsonCarryProvenance() throws IOException {
        Run run = run(List.of("facts", "--country", "Cuba", "--json"), "", Map.of());
        assertEquals(0, run.exit(), run.err());
        JsonNode document = new ObjectMapper().readTree(run.out());
        JsonNode facts = document.get("facts");
        assertTrue(facts.size() >= 3);
        for (JsonNode fact : facts) {
            assertTrue(fact.get("counterpart").asText().equals("Cuba") || fact.get("subject").asText().equals("Cuba"));
            assertTrue(fact.at("/provenance/url").asText().startsWith("https://en.wikipedia.org/wiki/"));
            assertTrue(fact.at("/provenance/sentence").asText().contains("Cuba"));
        }
        assertEquals(1, document.get("contradictions").size());
    }

    @Test
    void factsAcceptAbbreviationsAndRejectUnknownNames() throws IOException {
        Run sadr = run(List.of("facts", "--country", "SADR"), "", Map.of());
        assertTrue(sadr.out().contains("El Salvador recognised Sahrawi Arab Democratic Republic (July 31, 1989)"));
        Run unknown = run(List.of("facts", "--country", "Atlantis"), "", Map.of());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("Atlantis"));
    }

    @Test
    void validateOnTheBundledDatasetPassesAndOnABrokenOneFailsWithFileAndLine(@TempDir Path folder)
            throws IOException {
        Run clean = run(List.of("validate"), "", Map.of());
        assertEquals(0, clean.exit(), clean.err());
        assertTrue(clean.out().contains("3 sources loaded"));

        Files.writeString(folder.resolve("bad.txt"), "Lead.\n\n==Broken\ntext {{unclosed\n");
        Files.writeString(folder.resolve("sources.yaml"), """
                sources:
                  - file: bad.txt
                    format: wikitext
                    title: Foreign relations of Chile
                    country: Chile
                    url: https://en.wikipedia.org/wiki/Foreign_relations_of_Chile
                    snapshot: 2020-01
                    snapshot-derivation: test
                """ + MISSING_PERU);
        Run broken = run(List.of("validate"), "", Map.of("ATTACHE_DATA_MANIFEST", folder.resolve("sources.yaml").toString()));
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("bad.txt:3: broken heading"), broken.err());
        assertTrue(broken.err().contains("bad.txt:4: unclosed template"), broken.err());
        assertTrue(broken.err().contains("sources.yaml:9: source file 'gone.txt' is missing"), broken.err());
    }

    @Test
    void consoleSourcesPrintsAPageOfCountriesWithTheirSnapshots() throws IOException {
        Run run = run(List.of(), "sources\nsources 7\nsources two\nquit\n", Map.of());
        assertEquals(0, run.exit());
        String page = "3 articles about 2 countries\nEcuador — 2013-01\nEl Salvador — 2019-11, 2014-10\n";
        assertEquals(2, run.out().split(page, -1).length - 1, "page 7 of 1 is page 1: " + run.out());
        assertTrue(run.out().contains("sources takes a page number, e.g. sources 2"), run.out());
    }

    @Test
    void consoleAnswersCommandsAndSurvivesOddInput() throws IOException {
        String input = "help\nfacts Kosovo\n\u0000\u001b[31m @everyone **x**\n" + "y".repeat(100_000) + "\nquit\n";
        Run run = run(List.of(), input, Map.of());
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("El Salvador recognised Kosovo (29 June 2013)"));
        assertTrue(run.out().lines().allMatch(line -> line.length() <= 2_000), "bounded output");
        assertTrue(run.out().lines().noneMatch(line -> line.contains("\u001b")), "no control characters echoed");
    }

    @Test
    void aShardOutsideTheTotalStopsTheBotWithOneLineAndExitCodeTwo() throws IOException {
        Run run = run(List.of(), "", Map.of("DISCORD_TOKEN", "not-used", "ATTACHE_DISCORD_SHARDS_TOTAL", "2",
                "ATTACHE_DISCORD_SHARDS_IDS", "5"));
        assertEquals(2, run.exit());
        assertEquals("configuration error: ATTACHE_DISCORD_SHARDS_IDS is '5': shard 5 is outside the 2 shard(s), "
                + "numbered 0 to 1; ATTACHE_DISCORD_SHARDS_TOTAL is 2\n", run.err());
    }

    @Test
    void versionNamesTheBuildItsCommitAndTheDatasetsFingerprint() throws IOException {
        Run run = run(List.of("--version"), "", Map.of());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("attache \\S+ \\(commit \\S+\\)"), lines.get(0));
        assertTrue(lines.get(1).matches("dataset [0-9a-f]{64} \\(data/sources.yaml\\)"), lines.get(1));
    }

    @Test
    void everySubcommandHasItsHelp() throws IOException {
        for (String command : List.of("ask", "facts", "sources", "validate", "console", "bot")) {
            Run run = run(List.of(command, "--help"), "", Map.of());
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().startsWith("Usage: attache " + command), run.out());
        }
    }

    @Test
    void aMistypedOptionIsOneLineWithAHintAndExitCodeTwo() throws IOException {
        Run run = run(List.of("ask", "--jsn"), "", Map.of());
        assertEquals(2, run.exit());
        assertEquals("Unknown option: '--jsn' (did you mean --json? see: attache ask --help)\n", run.err());
        Run page = run(List.of("sources", "two"), "", Map.of());
        assertEquals(2, page.exit());
        assertEquals("Invalid value for positional parameter at index 0 (PAGE): 'two' is not an int "
                + "(see: attache sources --help)\n", page.err());
        Run noQuestion = run(List.of("ask"), "", Map.of());
        assertEquals(2, noQuestion.exit());
        assertEquals("ask needs a question, e.g. attache ask \"Is Ecuador a member of OPEC?\"\n", noQuestion.err());
    }

    @Test
    void sourcesPrintsAPageOfTheDataset() throws IOException {
        Run run = run(List.of("sources"), "", Map.of());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("3 articles about 2 countries\nEcuador — 2013-01\n"), run.out());
    }

    @Test
    void theShellCompletionScriptCompletesTheSubcommands() throws IOException {
        Run run = run(List.of("generate-completion"), "", Map.of());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("complete -F _complete_attache") && run.out().contains("validate"),
                run.out().substring(0, Math.min(300, run.out().length())));
    }

    @Test
    void theBotWithoutATokenSaysWhereItGoes() throws IOException {
        Run run = run(List.of("bot"), "", Map.of());
        assertEquals(2, run.exit());
        assertEquals("the bot needs its token in the environment variable DISCORD_TOKEN\n", run.err());
    }

    @Test
    void aMissingManifestStopsEveryModeWithOneLineAndExitCodeTwo(@TempDir Path folder) throws IOException {
        Map<String, String> missing = Map.of("ATTACHE_DATA_MANIFEST", folder.resolve("nope.yaml").toString(),
                "ATTACHE_DATA_PREPARED_DIR", folder.resolve("prepared").toString());
        String line = "no article could be loaded: " + folder.resolve("nope.yaml") + ":1: manifest not found: no "
                + "sources can be loaded (data.manifest, ATTACHE_DATA_MANIFEST name the manifest; validate checks it)";
        for (List<String> mode : List.<List<String>>of(List.of("ask", "Is Ecuador a member of OPEC?"), List.of(),
                List.of("sources"),
                List.of("facts"))) {
            Run run = run(mode, "", missing);
            assertEquals(2, run.exit(), mode.toString());
            assertEquals(line, run.err().lines().reduce((a, b) -> b).orElseThrow(), mode + ": " + run.err());
            assertEquals("", run.out(), mode.toString());
        }
        Map<String, String> bot = new java.util.HashMap<>(missing);
        bot.put("DISCORD_TOKEN", "not-used");
        Run run = run(List.of(), "", bot);
        assertEquals(2, run.exit());
        assertEquals(line, run.err().lines().reduce((a, b) -> b).orElseThrow(), run.err());
    }

    @Test
    void aManifestThatListsNoSourceStopsTheConsoleToo(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("sources.yaml"), "sources: []\n");
        Run run = run(List.of(), "", Map.of("ATTACHE_DATA_MANIFEST", folder.resolve("sources.yaml").toString(),
                "ATTACHE_DATA_PREPARED_DIR", folder.resolve("prepared").toString()));
        assertEquals(2, run.exit());
        assertTrue(run.err().endsWith("no article could be loaded: " + folder.resolve("sources.yaml") + " lists no "
                + "source (data.manifest, ATTACHE_DATA_MANIFEST name the manifest; validate checks it)\n"), run.err());
    }

    @Test
    void aMissingSourceIsWarnedOfAndTheSourcesAndTheAbstentionCountIt(@TempDir Path folder) throws IOException {
        String bundled = Files.readString(Path.of("data", "sources.yaml"))
                .replaceAll("(?m)^(\\s*- file: )", "$1" + Path.of("data").toAbsolutePath() + "/");
        Files.writeString(folder.resolve("sources.yaml"), bundled + MISSING_PERU);
        Map<String, String> environment = Map.of("ATTACHE_DATA_MANIFEST", folder.resolve("sources.yaml").toString(),
                "ATTACHE_DATA_PREPARED_DIR", folder.resolve("prepared").toString());
        Run sources = run(List.of("sources"), "", environment);
        assertEquals(0, sources.exit(), sources.err());
        assertTrue(sources.out().startsWith("3 articles about 2 countries; 1 source could not be loaded\n"),
                sources.out());
        assertTrue(sources.err().contains("warning: " + folder.resolve("sources.yaml")
                + ":43: source file 'gone.txt' is missing: this source is left out"), sources.err());
        Run abstention = run(List.of("ask", "Is Peru a member of the Pacific Alliance?"), "", environment);
        assertTrue(abstention.out().contains("the sources I have don't say"), abstention.out());
        assertTrue(abstention.out().contains("(1 source could not be loaded.)"), abstention.out());
    }

    @Test
    void aBotThatCannotReachDiscordSaysWhatToCheckAndExitsWithThree(@TempDir Path folder)
            throws IOException, InterruptedException {
        Run run = run(List.of("bot"), "", Map.of("DISCORD_TOKEN", "secret-token-value",
                "ATTACHE_DISCORD_REST_URL", "http://127.0.0.1:1/api/v10/",
                "ATTACHE_DB_URL", "jdbc:sqlite:" + folder.resolve("attache.db")));
        assertEquals(3, run.exit());
        assertEquals("cannot connect to Discord: Failed to connect to /127.0.0.1:1 (check DISCORD_TOKEN, the network, "
                + "or discord.rest-url / ATTACHE_DISCORD_REST_URL)\n", run.err());
        assertFalse(run.err().contains("secret-token-value"));
        assertFalse(LoggedErrors.claim("Requester", line -> line.contains("127.0.0.1:1"), 10).isEmpty(),
                "JDA logs the request that could not connect");
    }

    @Test
    void statusIsUnhealthyWhenTheHeartbeatIsOldOrAShardIsDown(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("heartbeat");
        Map<String, String> environment = Map.of("ATTACHE_DISCORD_HEARTBEAT_FILE", file.toString());
        new Heartbeat(System.currentTimeMillis() - 300_000, Map.of(0, "CONNECTED"), 3).write(file);
        Run old = run(List.of("status"), "", environment);
        assertEquals(1, old.exit());
        assertTrue(old.err().matches("unhealthy: the last heartbeat is 30\\d s old: the bot hangs or stopped\n"),
                old.err());
        new Heartbeat(System.currentTimeMillis(), Map.of(0, "CONNECTED", 1, "RECONNECT_QUEUED"), 3).write(file);
        Run down = run(List.of("status"), "", environment);
        assertEquals(1, down.exit());
        assertEquals("unhealthy: shard 1 is RECONNECT_QUEUED, not connected\n", down.err());
    }

    @Test
    void aConfigurationFileThatIsNotThereOrASettingWrittenWrongIsOneLineWithExitCodeTwo() throws IOException {
        Run missing = run(List.of("ask", "Is Ecuador a member of OPEC?"), "", Map.of("ATTACHE_CONFIG", "/nope.yaml"));
        assertEquals(2, missing.exit());
        assertEquals("configuration error: ATTACHE_CONFIG names /nope.yaml, which is not a file\n", missing.err());
        Run wrong = run(List.of(), "", Map.of("ATTACHE_ANSWER_CACHE_SIZE", "abc"));
        assertEquals(2, wrong.exit());
        assertEquals("configuration error: ATTACHE_ANSWER_CACHE_SIZE is 'abc': it must be a whole number, 1 or more\n",
                wrong.err());
    }
}
