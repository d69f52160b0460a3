package org.attache.source;

import org.attache.TestCorpus;
import org.attache.TestDataset;
import org.attache.article.Article;
import org.attache.fact.RelationsDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dataset CSV: one article a row, each row's title, country and address read from the row itself. */
class DatasetCsvSourceTest {
    private static final String PERU = "101,ForeignrelationsofPeru,\"Peru is a member of the Andean Community.\n"
            + "Peru established diplomatic relations with Japan in 1873.[1]\"\n";
    private static final String GHANA = "102,ForeignrelationsofGhana,\"Ghana is a founding member of the African Union.\"\n";
    private static final String HEADER = "id,title,text\n";

    @TempDir
    Path folder;

    private RelationsDataset load(byte[] csv) throws IOException {
        Files.write(folder.resolve("articles.csv"), csv);
        Files.writeString(folder.resolve("sources.yaml"), "sources:" + TestCorpus.entry("articles.csv"));
        return TestDataset.load(folder.resolve("sources.yaml"));
    }

    private RelationsDataset load(String csv) throws IOException {
        return load(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> titles(RelationsDataset dataset) {
        return dataset.articles().stream().map(Article::title).sorted().toList();
    }

    private static void assertReported(RelationsDataset dataset, int line, String words) {
        assertTrue(dataset.problems().stream().anyMatch(p -> p.file().endsWith("articles.csv") && p.line() == line
                        && p.message().contains(words)),
                "expected articles.csv:" + line + " '" + words + "' in " + dataset.problems());
    }

    @Test
    void everyRowOfTheCorpusLoadsAsAnArticleBesideTheBundledOnes() {
        RelationsDataset dataset = TestCorpus.withBundled();
        List<Article> fromCsv = dataset.articles().stream().filter(a -> a.source().file().endsWith(".csv")).toList();
        assertEquals(TestCorpus.ARTICLES, fromCsv.size(), () -> dataset.problems().toString());
        assertEquals(TestCorpus.ARTICLES + 3, dataset.articles().size());
        assertTrue(fromCsv.stream().allMatch(a -> a.snapshot().equals("2019-07")));
        assertEquals(List.of(), dataset.problems());
    }

    @Test
    void aRowKeepsItsTitleCountryAddressAndTheLinesOfItsSentences() throws IOException {
        RelationsDataset dataset = load(HEADER + PERU + GHANA);
        Article peru = dataset.articles().stream().filter(a -> a.source().country().equals("Peru")).findFirst()
                .orElseThrow();
        assertEquals("Foreign relations of Peru", peru.title());
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_Peru", peru.source().url());
        assertEquals("2019-07", peru.snapshot());
        assertEquals(List.of(2, 3), peru.sentences().stream().map(s -> s.line()).toList());
        assertEquals(1, peru.sentences().get(1).references().get(0).ordinal());
        assertTrue(dataset.facts().stream().anyMatch(f -> f.provenance().line() == 3
                && f.provenance().file().endsWith("articles.csv") && f.statement().contains("Japan")));
    }

    @Test
    void aParagraphAfterTwoHatnotesInARowIsNotTakenForTheSecondPairsSection() throws IOException {
        // the first pair's section had no paragraph: the second's may have none either, and the paragraph may be
        // under a heading the scrape lost
        RelationsDataset dataset = load(HEADER + "103,ForeignrelationsofBotswana,\"See Botswana–India relations\n"
                + "See Botswana–Israel relations\n"
                + "Both countries are full members of the Commonwealth of Nations.\n"
                + "See Botswana–Japan relations\n"
                + "Both countries are full members of the Non-Aligned Movement.\"\n");
        List<String> members = dataset.facts().stream().map(f -> f.statement()).sorted().toList();
        assertTrue(members.stream().noneMatch(s -> s.startsWith("Israel")), members::toString);
        assertTrue(members.contains("Japan is a member of Non-Aligned Movement"), members::toString);
    }

    @Test
    void theOtherCountrysArticleNamedBeforeAParagraphSaysWhomItIsAbout() throws IOException {
        RelationsDataset dataset = load(HEADER + "104,ForeignrelationsofRomania,\"Romania is a member of NATO.\n"
                + "See Foreign relations of Cyprus[2][3] Cyprus joined the European Union as a full member on May 1, "
                + "2004, while Romania joined on January 1, 2007.\n"
                + "See Foreign relations of Burkina Faso Both countries established diplomatic relations in 1961.\"\n");
        List<String> facts = dataset.facts().stream().map(f -> f.statement()).sorted().toList();
        assertTrue(facts.contains("Cyprus is a member of European Union (May 1, 2004)"), facts::toString);
        assertTrue(facts.stream().noneMatch(s -> s.startsWith("Romania is a member of European Union (May")),
                facts::toString);
        assertTrue(facts.contains("Romania and Burkina Faso established diplomatic relations (1961)"),
                facts::toString);
        assertTrue(dataset.articles().get(0).sentences().stream().noneMatch(s -> s.text().startsWith("See")));
    }

    @Test
    void aFileNamedByItsFullPathLoadsFromAnywhere() throws IOException {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere")).resolve("articles.csv");
        Files.writeString(elsewhere, HEADER + GHANA);
        Files.writeString(folder.resolve("sources.yaml"), "sources:" + TestCorpus.entry(elsewhere.toString()));
        assertEquals(List.of("Foreign relations of Ghana"), titles(TestDataset.load(folder.resolve("sources.yaml"))));
    }

    @Test
    void anUnclosedQuoteCostsOnlyItsOwnRow() throws IOException {
        RelationsDataset dataset = load(HEADER + "100,ForeignrelationsofChile,\"Chile is a member of the OAS.\n"
                + PERU + GHANA);
        assertReported(dataset, 2, "cannot be read as CSV");
        assertEquals(List.of("Foreign relations of Ghana", "Foreign relations of Peru"), titles(dataset));
    }

    @Test
    void aRowWithAMissingColumnIsReportedAndLeftOut() throws IOException {
        RelationsDataset dataset = load(HEADER + "100,ForeignrelationsofChile\n" + PERU);
        assertReported(dataset, 2, "field(s)");
        assertEquals(List.of("Foreign relations of Peru"), titles(dataset));
    }

    @Test
    void anEmptyTextIsReportedAndLeftOut() throws IOException {
        RelationsDataset dataset = load(HEADER + "100,ForeignrelationsofChile,\"\"\n" + PERU);
        assertReported(dataset, 2, "empty text");
        assertEquals(List.of("Foreign relations of Peru"), titles(dataset));
    }

    @Test
    void aTenMegabyteFieldIsReportedAndLeftOut() throws IOException {
        String huge = "Chile is a member of the OAS. ".repeat(350_000);
        RelationsDataset dataset = load(HEADER + "100,ForeignrelationsofChile,\"" + huge + "\"\n" + PERU);
        assertReported(dataset, 2, "more than the");
        assertEquals(List.of("Foreign relations of Peru"), titles(dataset));
    }

    @Test
    void aDuplicateIdIsReportedWithTheLineOfItsFirstUse() throws IOException {
        RelationsDataset dataset = load(HEADER + PERU + PERU.replace("Peru", "Chile") + GHANA);
        assertReported(dataset, 4, "already used on line 2");
        assertEquals(List.of("Foreign relations of Ghana", "Foreign relations of Peru"), titles(dataset));
    }

    @Test
    void aTitleNamingNoKnownCountryIsReportedAndLeftOut() throws IOException {
        RelationsDataset dataset = load(HEADER + "100,ForeignrelationsofAtlantis,\"Atlantis sank.\"\n"
                + "103,HistoryofPeru,\"Peru.\"\n" + GHANA);
        assertReported(dataset, 2, "names no country");
        assertReported(dataset, 3, "names no country");
        assertEquals(List.of("Foreign relations of Ghana"), titles(dataset));
    }

    @Test
    void invalidUtf8IsReportedWithItsLineAndTheRestLoads() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes((HEADER + GHANA).getBytes(StandardCharsets.UTF_8));
        csv.writeBytes("104,ForeignrelationsofChile,\"Chile ".getBytes(StandardCharsets.UTF_8));
        csv.write(0xC3);
        csv.write(0x28);
        csv.writeBytes(" is a member of the OAS.\"\n".getBytes(StandardCharsets.UTF_8));
        csv.writeBytes(PERU.getBytes(StandardCharsets.UTF_8));
        RelationsDataset dataset = load(csv.toByteArray());
        assertReported(dataset, 3, "invalid UTF-8");
        assertEquals(List.of("Foreign relations of Chile", "Foreign relations of Ghana", "Foreign relations of Peru"),
                titles(dataset));
    }

    @Test
    void aHeaderWithoutTheColumnsIsReportedAndTheOtherSourcesLoad() throws IOException {
        Files.writeString(folder.resolve("articles.csv"), "number,name,body\n" + PERU);
        Files.writeString(folder.resolve("more.csv"), HEADER + GHANA);
        Files.writeString(folder.resolve("sources.yaml"), "sources:" + TestCorpus.entry("articles.csv")
                + TestCorpus.entry("more.csv"));
        RelationsDataset dataset = TestDataset.load(folder.resolve("sources.yaml"));
        assertReported(dataset, 1, "header row");
        assertEquals(List.of("Foreign relations of Ghana"), titles(dataset));
    }

    @Test
    void aMissingCsvIsReportedAgainstTheManifestLine() throws IOException {
        Files.writeString(folder.resolve("sources.yaml"), "sources:" + TestCorpus.entry("nowhere.csv"));
        RelationsDataset dataset = TestDataset.load(folder.resolve("sources.yaml"));
        assertTrue(dataset.problems().stream().anyMatch(p -> p.file().endsWith("sources.yaml") && p.line() == 2
                && p.message().contains("'nowhere.csv' is missing")), dataset.problems().toString());
    }
}
