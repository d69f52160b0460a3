package org.attache.answer;

import org.attache.TestCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coverage and the source list on the bundled sources plus the 110-article corpus: short, and paged. */
class ManyCountriesTest {
    private static final AnswerEngine ENGINE = CorpusEngine.get();
    private static final Pattern COUNT_LINE =
            Pattern.compile("(\\d+) articles about (\\d+) countries; page (\\d+) of (\\d+)");
    private static final Pattern COUNTRY_LINE = Pattern.compile("(.+) — \\d{4}-\\d{2}.*");

    private static long countries() {
        return TestCorpus.withBundled().articles().stream().map(a -> a.source().country()).distinct().count();
    }

    @Test
    void theCoverageLineCountsTheCountriesInsteadOfListingThem() {
        String line = Coverage.summary(TestCorpus.withBundled());
        String head = "I cover the foreign relations of " + countries() + " countries, snapshots 2013-01 to 2019-11;"
                + " /sources lists them.";
        assertTrue(countries() > 100, line);
        assertTrue(line.startsWith(head), line);
        assertTrue(line.length() < 200, line.length() + ": " + line);
        assertEquals(1, line.lines().count());
        Answer abstention = ENGINE.answer("When did Ecuador recognise Kosovo?");
        assertTrue(abstention.text().endsWith(line), abstention.text());
    }

    @Test
    void theFirstPageCountsArticlesAndCountriesThenListsTwentyCountriesInOrder() {
        Paged<Answer> first = ENGINE.sources(1);
        List<String> lines = first.content().text().lines().toList();
        Matcher count = COUNT_LINE.matcher(lines.get(0));
        assertTrue(count.matches(), lines.get(0));
        assertEquals(TestCorpus.ARTICLES + 3, Integer.parseInt(count.group(1)));
        assertEquals(countries(), Long.parseLong(count.group(2)));
        assertEquals("1", count.group(3));
        assertEquals((countries() + SourcesPage.PER_PAGE - 1) / SourcesPage.PER_PAGE, Long.parseLong(count.group(4)));
        assertEquals(first.pages(), Integer.parseInt(count.group(4)));
        assertEquals(SourcesPage.PER_PAGE, lines.size() - 1);
        List<String> names = lines.stream().skip(1).map(l -> {
            Matcher m = COUNTRY_LINE.matcher(l);
            assertTrue(m.matches(), l);
            return m.group(1);
        }).toList();
        assertEquals(names.stream().sorted(java.text.Collator.getInstance(java.util.Locale.ENGLISH)).toList(), names);
        assertTrue(first.content().text().length() < 1000, first.content().text());
    }

    @Test
    void aCountryWithSeveralSnapshotsListsThemNewestFirst() {
        String all = java.util.stream.IntStream.rangeClosed(1, ENGINE.sources(1).pages())
                .mapToObj(p -> ENGINE.sources(p).content().text()).reduce("", String::concat);
        assertTrue(all.contains("\nEcuador — 2019-07, 2013-01\n"), all);
        assertTrue(all.contains("\nEl Salvador — 2019-11, 2019-07, 2014-10\n"), all);
        assertFalse(all.contains("Foreign relations of"), "titles only where a country's titles differ");
    }

    @Test
    void theLastPageHoldsTheRestAndPagesBeyondItClampToIt() {
        Paged<Answer> first = ENGINE.sources(1);
        Paged<Answer> last = ENGINE.sources(first.pages());
        assertTrue(last.hasPrevious());
        assertFalse(last.hasNext());
        long rest = countries() - (long) (first.pages() - 1) * SourcesPage.PER_PAGE;
        assertEquals(rest, last.content().text().lines().count() - 1, last.content().text());
        assertTrue(last.content().text().startsWith((TestCorpus.ARTICLES + 3) + " articles about " + countries()
                + " countries; page " + first.pages() + " of " + first.pages()), last.content().text());
        assertEquals(last, ENGINE.sources(first.pages() + 1));
        assertEquals(last, ENGINE.sources(Integer.MAX_VALUE));
        assertEquals(first, ENGINE.sources(0));
    }

    @Test
    void aCountryOfManyCounterpartsPagesItsRelations() {
        Paged<Answer> first = ENGINE.relations("Ecuador", java.util.Optional.empty(), 1);
        assertTrue(first.pages() > 2, first.content().text());
        Paged<Answer> last = ENGINE.relations("Ecuador", java.util.Optional.empty(), first.pages());
        assertTrue(last.content().text().startsWith("Ecuador: "), last.content().text());
        assertTrue(last.content().text().length() <= Answer.MAX_TEXT);
    }
}
