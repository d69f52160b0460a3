package org.attache.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Denials read from sentences of several corpus articles. */
class SentenceFitTest {
    private static final List<String> RELATIONS = List.of("diplomatic", "relations", "relation", "ties");
    private static final List<String> EMBASSY = List.of("embassy", "embass", "accredit", "represent");

    @Test
    void aNegationBeforeWhatIsAskedDeniesIt() {
        assertTrue(SentenceFit.denies(RELATIONS, "Azerbaijan formally recognizes the government of the Republic of "
                + "Cyprus as the sole representative of the island, but has not yet established diplomatic relations "
                + "with Cyprus."));
        assertTrue(SentenceFit.denies(EMBASSY, "Pakistan has an embassy in Phnom Penh although Cambodia doesn't have "
                + "an embassy in Pakistan."));
        assertTrue(SentenceFit.denies(EMBASSY, "Slovenia has no official representation in South Africa."));
        assertTrue(SentenceFit.denies(List.of("member", "join"), "Costa Rica has sought concrete economic ties with "
                + "its Central American neighbors rather than the establishment of regional political institutions, "
                + "and it chose not to join the Central American Parliament."));
    }

    @Test
    void aNegatedPassiveOrAnUndoingDeniesTheWordsBeforeIt() {
        assertTrue(SentenceFit.denies(RELATIONS, "Turkey recognized the state of Armenia soon after its 1991 "
                + "independence, but formal diplomatic relations were not established."));
        assertTrue(SentenceFit.denies(EMBASSY, "In 1993, Mexico opened an embassy in Windhoek, however, the embassy "
                + "was closed in 2002."));
        // a negation before a quality is no denial of the relations
        assertFalse(SentenceFit.denies(RELATIONS, "Relations with Cuba were not good in the 1960s."));
    }

    @Test
    void notOnlyOrANegationLiftedLaterDeniesNothing() {
        assertFalse(SentenceFit.denies(RELATIONS, "Ireland did not establish diplomatic relations with Israel until "
                + "1975."));
        assertFalse(SentenceFit.denies(RELATIONS, "The two countries share not only diplomatic relations but also "
                + "a border."));
        assertFalse(SentenceFit.denies(EMBASSY, "Chile has an embassy in Mexico City."));
    }
}
