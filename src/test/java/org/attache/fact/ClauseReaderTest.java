package org.attache.fact;

import org.attache.nlp.AnalyzedSentence;
import org.attache.nlp.EnglishModels;
import org.attache.nlp.SentenceAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Clauses and their subjects, on sentences from several corpus articles. */
class ClauseReaderTest {
    private static final SentenceAnalyzer ANALYZER = new SentenceAnalyzer(EnglishModels.get());

    /** Each clause as "subject | whole clause". */
    private static List<String> clauses(String sentence) {
        AnalyzedSentence t = ANALYZER.analyze(sentence);
        return ClauseReader.clauses(t, i -> false).stream()
                .map(c -> words(t, c.subjectStart(), c.subjectEnd()) + " | " + words(t, c.start(), c.end()))
                .toList();
    }

    private static String words(AnalyzedSentence t, int from, int to) {
        return String.join(" ", IntStream.range(from, to).mapToObj(t::token).toList());
    }

    @Test
    void anOpeningAdverbialIsNotTheSubject() {
        assertEquals(List.of("Afghanistan , Iran , Iraq and Turkey | In 1937 , shortly before the outbreak of World"
                        + " War II , Afghanistan , Iran , Iraq and Turkey signed the Treaty of Saadabad ."),
                clauses("In 1937, shortly before the outbreak of World War II, Afghanistan, Iran, Iraq and Turkey "
                        + "signed the Treaty of Saadabad."));
    }

    @Test
    void eachCoordinatedClauseHasItsOwnSubject() {
        assertEquals(List.of("Chile | Chile has an embassy in Ankara", "Turkey | and Turkey has an embassy in Santiago ."),
                clauses("Chile has an embassy in Ankara and Turkey has an embassy in Santiago."));
    }

    @Test
    void aCoordinatedVerbSharesTheSubject() {
        assertEquals(List.of("Both countries | Both countries established diplomatic relations in 1992",
                        "Both countries | and opened embassies in 1995 ."),
                clauses("Both countries established diplomatic relations in 1992 and opened embassies in 1995."));
    }

    @Test
    void aLeadingSubordinateClauseEndsAtItsComma() {
        assertEquals(List.of("Russia | After Russia invaded Georgia in 2008 ,",
                        "Nicaragua | Nicaragua recognised Abkhazia ."),
                clauses("After Russia invaded Georgia in 2008, Nicaragua recognised Abkhazia."));
    }

    @Test
    void theAccreditedCountryIsTheSubject() {
        assertEquals(List.of("South Africa | South Africa is accredited to Afghanistan from its embassy in Islamabad ,"
                        + " Pakistan ."),
                clauses("South Africa is accredited to Afghanistan from its embassy in Islamabad, Pakistan."));
    }

    @Test
    void aRelativeClauseHasNoSubjectOfItsOwn() {
        assertEquals(List.of("Greece | Greece supports the plan ,", " | which Turkey rejected in 2004 ."),
                clauses("Greece supports the plan, which Turkey rejected in 2004."));
    }
}
