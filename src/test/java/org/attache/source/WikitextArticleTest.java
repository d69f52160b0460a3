package org.attache.source;

import org.attache.TestDataset;
import org.attache.article.Article;
import org.attache.article.Flag;
import org.attache.article.Reference;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WikitextArticleTest {
    private static Article article(String snapshot) {
        return TestDataset.bundled().articles().stream().filter(a -> a.snapshot().equals(snapshot)).findFirst()
                .orElseThrow();
    }

    private static Sentence sentenceContaining(Article article, String words) {
        return article.sentences().stream().filter(s -> s.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence contains '" + words + "'"));
    }

    @Test
    void everyBilateralSectionOfBothWikitextArticlesYieldsSentences() {
        for (String snapshot : List.of("2014-10", "2013-01")) {
            Article article = article(snapshot);
            List<Section> countries = article.sections().stream().filter(s -> s.path().size() == 2).toList();
            assertTrue(countries.size() >= 12, "country sections in " + article.title());
            for (Section section : countries) {
                assertFalse(section.sentences().isEmpty(), "sentences of " + section.path());
            }
        }
    }

    @Test
    void sectionsCarryHeadingPathAndWikipediaAnchor() {
        Article salvador = article("2014-10");
        Section korea = salvador.section("South Korea").orElseThrow();
        assertEquals(List.of("Bilateral relations", "South Korea"), korea.path());
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_El_Salvador#South_Korea",
                salvador.linkTo(korea));
        assertEquals(Optional.of("Republic_of_China_(Taiwan)"),
                salvador.section("Republic of China (Taiwan)").orElseThrow().anchor());
    }

    @Test
    void internalLinksBecomeTheirLabels() {
        Sentence kosovo = sentenceContaining(article("2014-10"), "recognised Kosovo");
        assertEquals("El Salvador officially recognised Kosovo as an independent sovereign state on 29 June 2013.",
                kosovo.text());
    }

    @Test
    void bareBracketReferenceIsBoundToTheSentenceItFollows() {
        Sentence india = sentenceContaining(article("2014-10"), "Honorary Consulate in San Salvador");
        assertEquals(List.of(Optional.of("http://mea.gov.in/indian-mission.htm?202/202/0")),
                india.references().stream().map(Reference::url).toList());
        assertEquals(Optional.of("Indian Honorary Consulate in El Salvador"), india.references().get(0).title());
    }

    @Test
    void citeTemplateSpreadOverManyLinesGivesUrlTitlePublisherAndDate() {
        Sentence iran = sentenceContaining(article("2013-01"), "South-South");
        Reference tehran = iran.references().get(0);
        assertEquals(Optional.of("http://www.tehrantimes.com/Index_view.asp?code=184370"), tehran.url());
        assertEquals(Optional.of("Correa calls Iran-Ecuador ties strategic"), tehran.title());
        assertEquals(Optional.of("Tehran Times"), tehran.publisher());
        assertEquals(Optional.of("8 December 2008"), tehran.date());
    }

    @Test
    void namedReferenceIsReusedWithOneNumber() {
        Article ecuador = article("2013-01");
        List<Sentence> citing = ecuador.sentences().stream()
                .filter(s -> s.references().stream().anyMatch(r -> r.name().equals(Optional.of("edition.cnn.com"))))
                .toList();
        assertTrue(citing.size() >= 4, "sentences citing the named CNN reference: " + citing.size());
        assertEquals(1, citing.stream().flatMap(s -> s.references().stream())
                .filter(r -> r.name().isPresent()).map(Reference::ordinal).distinct().count());
    }

    @Test
    void bareUrlInsideRefBecomesTheReferenceAddress() {
        Sentence korea = sentenceContaining(article("2014-10"), "South Koreans living in El Salvador");
        assertEquals(Optional.of("http://www.mofa.go.kr/ENG/countries/latinamerica/countries/20070803/"
                + "1_24564.jsp?menu=m_30_30"), korea.references().get(0).url());
    }

    @Test
    void maintenanceTemplatesBecomeFlagsOnSentenceSectionAndArticle() {
        Article salvador = article("2014-10");
        assertTrue(sentenceContaining(salvador, "very last Latin American nation").flags()
                .contains(Flag.CITATION_NEEDED));
        assertTrue(salvador.section("Honduras").orElseThrow().flags().contains(Flag.UNREFERENCED));
        assertTrue(salvador.flags().contains(Flag.MORE_REFERENCES_NEEDED));
        assertTrue(sentenceContaining(article("2013-01"), "The Embassy here").flags().contains(Flag.VAGUE_PLACE));
    }

    @Test
    void mainSeeAlsoAndFurtherBecomeRelatedArticlesOfTheirSection() {
        Article ecuador = article("2013-01");
        assertEquals(List.of("Colombia–Ecuador relations", "2008 Andean diplomatic crisis"),
                ecuador.section("Colombia").orElseThrow().related());
        assertEquals(List.of("Foreign policy of Rafael Correa"),
                ecuador.section("Domestic politics").orElseThrow().related());
    }

    @Test
    void navigationTemplatesAndCategoriesAddNoText() {
        for (Sentence sentence : article("2014-10").sentences()) {
            assertFalse(sentence.text().contains("{{") || sentence.text().contains("Category:")
                    || sentence.text().contains("DEFAULTSORT"), sentence.text());
        }
    }
}
