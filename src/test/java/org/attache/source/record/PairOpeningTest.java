package org.attache.source.record;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pair a heading-less paragraph opens with, on first sentences from several corpus articles. */
class PairOpeningTest {
    private static final PairOpening OPENING = new PairOpening(TestDataset.gazetteer());

    @Test
    void aParagraphOpeningWithTheArticlesCountryAndAnotherIsAboutThatPair() {
        assertEquals(Optional.of("Belarus\u2013Nepal relations"),
                OPENING.of("Belarus and Nepal established diplomatic relations on 19 July 1993.", "Belarus"));
        assertEquals(Optional.of("Canada\u2013Angola relations"), OPENING.of("Canada-Angola relations were "
                + "established in 1978, and Canada is accredited to Angola from a mission in Harare.", "Angola"));
        assertEquals(Optional.of("Armenia\u2013Lebanon relations"),
                OPENING.of("Armenian-Lebanese relations are very friendly.", "Armenia"));
        assertEquals(Optional.of("Myanmar\u2013North Korea relations"), OPENING.of("Myanmar (formerly Burma) and "
                + "North Korea established bilateral diplomatic relations in May 1975.", "North Korea"));
        assertEquals(Optional.of("United Kingdom\u2013Brunei relations"),
                OPENING.of("The UK and Brunei have a long-standing and strong bilateral relationship.", "Brunei"));
        assertEquals(Optional.of("Belarus\u2013Azerbaijan relations"), OPENING.of(
                "Both Belarus and Azerbaijan are full members of the Non-Aligned Movement (NAM).", "Belarus"));
    }

    @Test
    void thePairsRelationsNamedAnywhereInTheOpeningSentenceAreItsTopic() {
        assertEquals(Optional.of("Myanmar\u2013North Korea relations"), OPENING.of("The Rangoon bombing on 9 October "
                + "1983 was a turning point in Myanmar–North Korea relations.", "North Korea"));
        assertEquals(Optional.of("Ghana\u2013Burkina Faso relations"), OPENING.of("Frequent high-level consultations "
                + "and joint military exercises were fairly regular features of Ghana-Burkina Faso relations.",
                "Ghana"));
        // another pair's relations are not the article's country's
        assertEquals(Optional.empty(), OPENING.of("In 2010 India's stance affected Pakistan–China relations.",
                "India"));
    }

    @Test
    void aParagraphOpeningOtherwiseHasNoPair() {
        // a pair without the article's country, one country, a pair not at the opening, a dash without relations
        assertEquals(Optional.empty(), OPENING.of("Russia and China vetoed the resolution.", "Belarus"));
        assertEquals(Optional.empty(), OPENING.of("Thailand officially recognised Palestine as an independent "
                + "state on 18 January 2012.", "Thailand"));
        assertEquals(Optional.empty(), OPENING.of("In 1992, Belarus and Nepal established diplomatic relations.",
                "Belarus"));
        assertEquals(Optional.empty(), OPENING.of("Belarus-Nepal trade grew in 2010.", "Belarus"));
        assertEquals(Optional.empty(), OPENING.of("Belarus and Belarus.", "Belarus"));
    }
}
