package org.attache.source;

import org.attache.TestDataset;
import org.attache.article.Article;
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
    void titleComesFromTheManifestAndTheRecordHasNoSections() {
        Article record = record();
        assertEquals("Foreign relations of El Salvador", record.title());
        assertEquals(1, record.sections().size());
        assertEquals(Optional.empty(), record.sections().get(0).anchor());
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_El_Salvador",
                record.linkTo(record.sections().get(0)));
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
    void seeLinesBecomeRelatedArticles() {
        assertEquals(List.of("El Salvador-Venezuela relations", "China-El Salvador relations"),
                record().sections().get(0).related());
    }
}
