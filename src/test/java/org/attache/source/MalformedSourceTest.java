package org.attache.source;

import org.attache.TestDataset;
import org.attache.fact.RelationsDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken source is reported with its file and line, and every other source still loads. */
class MalformedSourceTest {
    @TempDir
    Path folder;

    private RelationsDataset loadWithBroken(byte[] broken) throws IOException {
        Files.copy(Path.of("data", "002_8161861392028c37.txt"), folder.resolve("ecuador.txt"));
        Files.write(folder.resolve("broken.txt"), broken);
        Files.writeString(folder.resolve("sources.yaml"), """
                sources:
                  - file: broken.txt
                    format: wikitext
                    title: Foreign relations of Peru
                    country: Peru
                    url: https://en.wikipedia.org/wiki/Foreign_relations_of_Peru
                    snapshot: 2015-01
                    snapshot-derivation: test
                  - file: ecuador.txt
                    format: wikitext
                    title: Foreign relations of Ecuador
                    country: Ecuador
                    url: https://en.wikipedia.org/wiki/Foreign_relations_of_Ecuador
                    snapshot: 2013-01
                    snapshot-derivation: test
                """);
        return TestDataset.load(folder.resolve("sources.yaml"));
    }

    private static void assertReported(RelationsDataset dataset, String fileEnd, int line, String words) {
        assertTrue(dataset.problems().stream().anyMatch(p -> p.file().endsWith(fileEnd) && p.line() == line
                        && p.message().contains(words)),
                "expected " + fileEnd + ":" + line + " '" + words + "' in " + dataset.problems());
    }

    private static void assertEcuadorStillLoads(RelationsDataset dataset) {
        assertTrue(dataset.articles().stream().anyMatch(a -> a.title().equals("Foreign relations of Ecuador")
                && a.sentences().size() > 50));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unclosedTemplateIsReportedWithItsLine() throws IOException {
        RelationsDataset dataset = loadWithBroken(utf8("Peru is a member of the UN.\n\n==Chile==\n"
                + "Peru and Chile {{cite news|title=x\nestablished relations in 1822.\n"));
        assertReported(dataset, "broken.txt", 4, "unclosed template");
        assertEcuadorStillLoads(dataset);
    }

    @Test
    void unclosedRefIsReportedAndTheSentenceSurvives() throws IOException {
        RelationsDataset dataset = loadWithBroken(utf8("Peru is a member of the OAS.\n\n==Chile==\n"
                + "Peru and Chile established relations in 1822.<ref>[http://example.org a source]\n"));
        assertReported(dataset, "broken.txt", 4, "unclosed <ref>");
        assertTrue(dataset.articles().stream().anyMatch(a -> a.sentences().stream()
                .anyMatch(s -> s.text().equals("Peru and Chile established relations in 1822."))));
        assertEcuadorStillLoads(dataset);
    }

    @Test
    void brokenHeadingIsReportedAndStillOpensASection() throws IOException {
        RelationsDataset dataset = loadWithBroken(utf8("Lead.\n\n==Chile\nPeru and Chile are neighbours.\n"));
        assertReported(dataset, "broken.txt", 3, "broken heading");
        assertEcuadorStillLoads(dataset);
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
        byte[] bytes = utf8("Lead sentence.\n\nSecond line with a bad byte: X.\n");
        bytes[bytes.length - 4] = (byte) 0xC3;
        RelationsDataset dataset = loadWithBroken(bytes);
        assertReported(dataset, "broken.txt", 3, "invalid UTF-8");
        assertEcuadorStillLoads(dataset);
    }

    @Test
    void emptyFileIsReported() throws IOException {
        RelationsDataset dataset = loadWithBroken(new byte[0]);
        assertReported(dataset, "broken.txt", 1, "empty file");
        assertEcuadorStillLoads(dataset);
    }

    @Test
    void manifestEntryWhoseFileIsMissingIsReportedAtItsManifestLine() throws IOException {
        RelationsDataset dataset = loadWithBroken(utf8("Lead."));
        Files.delete(folder.resolve("broken.txt"));
        RelationsDataset reloaded = TestDataset.load(folder.resolve("sources.yaml"));
        assertReported(reloaded, "sources.yaml", 2, "is missing");
        assertEcuadorStillLoads(reloaded);
        assertEquals(List.of(), dataset.problems());
    }
}
