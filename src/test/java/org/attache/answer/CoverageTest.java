package org.attache.answer;

import org.attache.TestDataset;
import org.attache.fact.RelationsDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the bot says it covers, on the bundled dataset: one line, and a list of sources by country. */
class CoverageTest {
    private static final AnswerEngine ENGINE = new AnswerEngine(TestDataset.bundled(),
            TestDataset.questionReader(), 100);
    private static final String LINE = "I cover the foreign relations of 2 countries (Ecuador and El Salvador),"
            + " snapshots 2013-01 to 2019-11; /sources lists them.";

    @Test
    void theAbstentionSaysInOneLineWhichCountriesAndSnapshotsAreCovered() {
        Answer answer = ENGINE.answer("When did Ecuador recognise Kosovo?");
        assertFalse(answer.answered());
        assertEquals(1, answer.text().lines().count(), answer.text());
        assertTrue(answer.text().startsWith("The sources I have don't say. " + LINE), answer.text());
        assertTrue(answer.text().endsWith("embassies and consulates, memberships, conflicts and treaties."),
                answer.text());
    }

    @Test
    void helpAndTheForeignLanguageReplyEndWithTheSameLine() {
        assertTrue(ENGINE.help().text().contains(LINE), ENGINE.help().text());
        Answer foreign = ENGINE.answer("¿Cuándo estableció El Salvador relaciones con México?");
        assertEquals("I can only read questions in English. " + Coverage.summary(TestDataset.bundled()),
                foreign.text());
        assertTrue(foreign.text().contains(LINE));
    }

    @Test
    void aDatasetOfOneSnapshotSaysSnapshotNotARange(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("data", "002_8161861392028c37.txt"), folder.resolve("ecuador.txt"));
        Files.writeString(folder.resolve("sources.yaml"), """
                sources:
                  - file: ecuador.txt
                    format: wikitext
                    title: Foreign relations of Ecuador
                    country: Ecuador
                    url: https://en.wikipedia.org/wiki/Foreign_relations_of_Ecuador
                    snapshot: 2013-01
                    snapshot-derivation: test
                """);
        RelationsDataset ecuador = TestDataset.load(folder.resolve("sources.yaml"));
        assertTrue(Coverage.summary(ecuador).startsWith(
                "I cover the foreign relations of 1 country (Ecuador), snapshot 2013-01; /sources lists them."),
                Coverage.summary(ecuador));
    }

    @Test
    void theSourcesAreACountLineThenOneLinePerCountryNewestSnapshotFirst() {
        Paged<Answer> sources = ENGINE.sources(1);
        assertEquals(1, sources.pages());
        assertEquals(List.of("3 articles about 2 countries", "Ecuador — 2013-01", "El Salvador — 2019-11, 2014-10"),
                sources.content().text().lines().toList());
        assertEquals(sources.content(), ENGINE.coverage());
        assertEquals("coverage", sources.content().intent());
    }

    @Test
    void aPageBeyondTheLastIsTheLastAndOneBelowOneIsTheFirst() {
        assertEquals(ENGINE.sources(1), ENGINE.sources(7));
        assertEquals(ENGINE.sources(1), ENGINE.sources(0));
        assertEquals(ENGINE.sources(1), ENGINE.sources(Integer.MIN_VALUE));
    }

    @Test
    void askingWhichCountriesTheBotKnowsGivesTheFirstPageOfSources() {
        for (String question : List.of("which countries do you know?", "what are your sources?")) {
            Answer answer = ENGINE.answer(question);
            assertEquals("coverage", answer.intent(), question);
            assertTrue(answer.text().startsWith("3 articles about 2 countries\nEcuador — 2013-01"), answer.text());
        }
    }

    @Test
    void relationsWithoutACounterpartComeAPageAtATimeEachCounterpartOnce() {
        Paged<Answer> first = ENGINE.relations("Ecuador", Optional.empty(), 1);
        assertTrue(first.pages() > 1, first.content().text());
        assertTrue(first.content().text().startsWith("Ecuador: "), first.content().text());
        assertTrue(first.content().text().lines().findFirst().orElseThrow().endsWith("; page 1 of " + first.pages()));
        assertFalse(first.content().text().contains("more."), "a page is listed in full: " + first.content().text());
        Paged<Answer> second = ENGINE.relations("ecaudor", Optional.empty(), 2);
        assertEquals(2, second.page());
        List<String> firstLines = first.content().text().lines().skip(1).filter(l -> l.startsWith("• ")).toList();
        assertEquals(AnswerEngine.RELATIONS_PER_PAGE, firstLines.size(), first.content().text());
        assertTrue(second.content().text().lines().filter(l -> l.startsWith("• ")).noneMatch(firstLines::contains),
                second.content().text());
        Paged<Answer> last = ENGINE.relations("Ecuador", Optional.empty(), 999);
        assertEquals(first.pages(), last.page());
        assertEquals(1, ENGINE.relations("Ecuador", Optional.empty(), -3).page());
        assertEquals(first.content().text(), ENGINE.relations("Ecuador", Optional.empty()).text());
    }

    @Test
    void relationsWithACounterpartOrOfNoKnownCountryAreOnePage() {
        Paged<Answer> pair = ENGINE.relations("El Salvador", Optional.of("Mexico"), 3);
        assertEquals(1, pair.pages());
        assertTrue(pair.content().text().contains("1838"), pair.content().text());
        Paged<Answer> unknown = ENGINE.relations("Atlantis", Optional.empty(), 2);
        assertEquals(1, unknown.pages());
    }
}
