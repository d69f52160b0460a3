package org.attache.source;

import org.attache.TestDataset;
import org.attache.article.Article;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.article.Reference;
import org.attache.article.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetRecordArticleTest {
    private static Article record() {
        return TestDataset.bundled().articles().stream().filter(a -> a.snapshot().equals("2019-11")).findFirst()
                .orElseThrow();
    }

    @Test
    void titleComesFromTheManifestAndTheRecordHasNoHeadings() {
        Article record = record();
        assertEquals("Foreign relations of El Salvador", record.title());
        for (Section section : record.sections()) {
            assertEquals(Optional.empty(), section.heading());
            assertEquals(Optional.empty(), section.anchor());
            assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_El_Salvador", record.linkTo(section));
        }
    }

    @Test
    void referenceMarkersBecomeNumberedReferencesWithoutAddress() {
        Sentence cuba = record().sentences().stream().filter(s -> s.text().contains("in 1961")).findFirst()
                .orElseThrow();
        assertEquals(List.of(17), cuba.references().stream().map(Reference::ordinal).toList());
        assertEquals(Optional.empty(), cuba.references().get(0).url());
        assertFalse(cuba.text().contains("[17]"));
    }

    @Test
    void mojibakeIsRepairedAndNoSentenceKeepsIt() {
        assertTrue(record().sentences().stream().anyMatch(s -> s.text().startsWith("This article incorporates")));
        for (Sentence sentence : record().sentences()) {
            assertFalse(sentence.text().contains("Â"), sentence.text());
        }
    }

    @Test
    void aPairsHatnoteMakesTheParagraphUnderItASectionAboutThePair() {
        List<Section> sections = record().sections();
        List<String> pairs = sections.stream().flatMap(s -> s.pairArticle().stream()).toList();
        // the first is no hatnote's: its paragraph opens "Cuba and El Salvador have resumed diplomatic relations"
        assertEquals(List.of("Cuba\u2013El Salvador relations", "El Salvador-Venezuela relations",
                "China-El Salvador relations"), pairs);
        Section china = sections.stream().filter(s -> s.pairArticle().equals(Optional.of("China-El Salvador relations")))
                .findFirst().orElseThrow();
        assertTrue(china.sentences().get(0).text().startsWith("On August 21, China's State Councilor"));
        // the paragraph after it may be under another heading: it is no part of the pair's section
        assertEquals(1, china.sentences().stream().map(Sentence::line).distinct().count());
    }
}
