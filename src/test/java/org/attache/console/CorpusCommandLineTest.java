package org.attache.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.TestCorpus;
import org.attache.app.Main;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * The whole relations dataset as a user sets it up, through the public contract: a folder holding the bundled
 * sources, the corpus CSV and a copy of the gazetteer, named by ATTACHE_DATA_MANIFEST and ATTACHE_DATA_GAZETTEER.
 * It is the folder the other corpus tests read, prepared once a run (see {@link TestCorpus}).
 */
class CorpusCommandLineTest {
    @TempDir
    static Path folder;
    private static Map<String, String> environment;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void setUp() {
        TestCorpus.Folder corpus = TestCorpus.preparedFolder();
        environment = Map.of("ATTACHE_DATA_MANIFEST", corpus.manifest().toString(),
                "ATTACHE_DATA_GAZETTEER", corpus.gazetteer().toString(),
                "ATTACHE_DATA_PREPARED_DIR", corpus.prepared().toString());
    }

    private static Run run(List<String> args, String input) throws Exception {
        return run(args, input, environment);
    }

    private static Run run(List<String> args, String input, Map<String, String> environment) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFactFromACorpusArticleAnswersWithItsCitation() throws Exception {
        Run run = run(List.of("ask", "--json"), "Does Turkey have an embassy in Accra?\n");
        assertEquals(0, run.exit(), run.err());
        JsonNode answer = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertTrue(answer.get("answered").asBoolean(), run.out());
        assertTrue(answer.get("text").asText().contains("Turkey has an embassy in Accra, Ghana"), run.out());
        JsonNode citation = answer.get("citations").get(0);
        assertEquals("Foreign relations of Ghana", citation.get("title").asText());
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_Ghana", citation.get("url").asText());
        assertEquals("2019-07", citation.get("snapshot").asText());
        assertEquals("Turkey has an embassy in Accra.", citation.get("quote").asText());
    }

    @Test
    void factsForACorpusCountryAreAllAboutIt() throws Exception {
        Run run = run(List.of("facts", "--country", "Ghana", "--json"), "");
        assertEquals(0, run.exit(), run.err());
        JsonNode facts = new ObjectMapper().readTree(run.out()).get("facts");
        assertTrue(facts.size() > 10, "facts about Ghana: " + facts.size());
        for (JsonNode fact : facts) {
            assertTrue(fact.get("subjectId").asText().equals("GH") || fact.get("counterpartId").asText().equals("GH"));
        }
        assertTrue(java.util.stream.StreamSupport.stream(facts.spliterator(), false).anyMatch(f -> f.get("provenance")
                .get("article").asText().equals("Foreign relations of Ghana")));
    }

    @Test
    void aSecondStartReadsThePreparedDataAndSaysNothingOfPreparing() throws Exception {
        run(List.of("ask", "When did El Salvador and Mexico establish relations?"), "");
        Run second = run(List.of("ask", "When did El Salvador and Mexico establish relations?"), "");
        assertEquals(0, second.exit(), second.err());
        assertFalse(second.err().contains("prepared"), second.err());
        assertTrue(second.out().contains("1838"), second.out());
    }

    @Test
    void validateReportsABrokenCsvRowWithItsFileAndLineAndEveryCommandWarnsOfIt() throws Exception {
        Path data = Files.createDirectories(folder.resolve("broken"));
        Files.writeString(data.resolve("articles.csv"), "id,title,text\n1,ForeignrelationsofAtlantis,\"Atlantis.\"\n"
                + "2,ForeignrelationsofPeru,\"Peru is a member of the Andean Community.\"\n");
        Files.writeString(data.resolve("sources.yaml"), "sources:" + TestCorpus.entry("articles.csv"));
        Map<String, String> broken = Map.of("ATTACHE_DATA_MANIFEST", data.resolve("sources.yaml").toString(),
                "ATTACHE_DATA_PREPARED_DIR", data.resolve("prepared").toString());
        Run validate = run(List.of("validate"), "", broken);
        assertEquals(1, validate.exit());
        assertTrue(validate.out().contains("articles.csv:2: the title 'ForeignrelationsofAtlantis' names no country")
                || validate.err().contains("articles.csv:2: the title 'ForeignrelationsofAtlantis' names no country"),
                validate.out() + validate.err());
        Run ask = run(List.of("ask", "Is Peru a member of the Andean Community?"), "", broken);
        assertTrue(ask.err().contains("warning: ") && ask.err().contains("articles.csv:2:"), ask.err());
        assertTrue(ask.out().contains("Peru is a member of Andean"), ask.out());
    }

    @Test
    void theCoverageLineCountsTheCountriesOfTheWholeDataset() throws Exception {
        Run run = run(List.of("ask", "When did Atlantis and Lemuria sign a treaty?"), "");
        assertTrue(run.out().contains("I cover the foreign relations of 110 countries, snapshots 2013-01 to 2019-11"),
                run.out());
    }
}
