package org.attache.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sentences from several corpus articles that the sentence model alone cut after an abbreviation. */
class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return new SentenceSplitter(EnglishModels.get()).split(text).stream()
                .map(span -> span.getCoveredText(text).toString()).toList();
    }

    @Test
    void placeNamesWithSaintStayWhole() {
        assertEquals(List.of("Denmark is represented in St. Kitts and Nevis through its embassy in Caracas.",
                        "Cuba has an embassy in St. George's."),
                sentences("Denmark is represented in St. Kitts and Nevis through its embassy in Caracas. "
                        + "Cuba has an embassy in St. George's."));
    }

    @Test
    void titlesBeforeNamesDoNotEndSentences() {
        assertEquals(1, sentences("The American envoy to the region is former Sen. George Mitchell, who met them.")
                .size());
        assertEquals(1, sentences("In March 2008 ambassador Gustavo Machin Gomez met Gen. Raúl Castro in Havana.")
                .size());
    }

    @Test
    void initialismsGoOnUnlessANewSentenceClearlyStarts() {
        assertEquals(1, sentences("Speaking to this support, U.S. President George W. Bush said so.").size());
        assertEquals(1, sentences("Angola's foreign policy shifted to a pro-U.S. stance in the 1990s.").size());
        assertEquals(List.of("It became a member of the U.N.", "According to the charter, it votes."),
                sentences("It became a member of the U.N. According to the charter, it votes."));
    }

    @Test
    void numberAbbreviationsNeedANumber() {
        assertEquals(1, sentences("On Jan. 1 the agreements made Venezuela the world's No. 5 partner.").size());
    }

    @Test
    void ordinarySentenceEndsStillSplit() {
        assertEquals(List.of("Slovakia has an embassy in Riga.", "Both countries are members of the EU."),
                sentences("Slovakia has an embassy in Riga. Both countries are members of the EU."));
        assertEquals(List.of("It was settled after World War I.", "To this day they trade."),
                sentences("It was settled after World War I. To this day they trade."));
    }

    @Test
    void aCaptionLeftInTheTextEndsAtItsClosingBrackets() {
        assertEquals(List.of(", Hopelong Ushona Ipinge (left) with President of Brazil, Luiz Inácio Lula da Silva at "
                        + "Palácio do Planalto, Brasília in 2006",
                        "Namibia became the 160th member of the United Nations on 23 April 1990 upon independence."),
                sentences(", Hopelong Ushona Ipinge (left) with President of Brazil, Luiz Inácio Lula da Silva at "
                        + "Palácio do Planalto, Brasília in 2006]] Namibia became the 160th member of the United "
                        + "Nations on 23 April 1990 upon independence."));
        // a reference marker glued to the brackets stays with the sentence it ends
        assertEquals(List.of("China is the single largest trading partner of India.[139]",
                        "Despite lingering suspicions, trade grew."),
                sentences("China is the single largest trading partner of India.[139]]] Despite lingering "
                        + "suspicions, trade grew."));
    }

    @Test
    void aDecimalPointEndsNoSentence() {
        assertEquals(1, sentences("In 2007, the Government of Lesotho signed a compact with the Millennium Challenge "
                + "Corporation to provide $362.5 million in support to develop Lesotho's water sector.").size());
        assertEquals(List.of("Trade grew to 2.5 billion.", "Then it fell."),
                sentences("Trade grew to 2.5 billion. Then it fell."));
    }
}
