package org.attache.answer;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Misspelt words of questions, read against the corpus's own vocabulary. */
class MisspellingsTest {
    private static final Misspellings MISSPELLINGS = new Misspellings(CorpusEngine.index(), TestDataset.gazetteer(),
            word -> CorpusEngine.index().holdsWord(word));

    @Test
    void aWordTheArticlesNeverWriteBecomesTheWordOneEditAway() {
        assertEquals("Since when has Japan had an embassy in Baku?",
                MISSPELLINGS.corrected("Since when has Japan had an embasy in Baku?"));
        assertEquals("When did Namibia join the United Nations?",
                MISSPELLINGS.corrected("When did Namibia join the Untied Nations?"));
        assertEquals("How is Canada represented in Lesotho, and where is Mexico accredited from?",
                MISSPELLINGS.corrected("How is Canada represnted in Lesotho, and where is Mexico acredited from?"));
    }

    @Test
    void knownWordsNamesAndGuessesStayAsTyped() {
        // a form of a word the articles write, a name the gazetteer knows, two words as near ("Irak": Iraq, Iran),
        // a short word, and a name nobody writes
        for (String question : new String[] {"Are they on speaking terms?", "When did Benin begin relations?",
                "Does Irak border Iran?", "Is Chine big?", "When did Freedonia and Chile establish relations?"}) {
            assertEquals(question, MISSPELLINGS.corrected(question));
        }
    }

    @Test
    void aQuestionWithMisspeltWordsIsAnsweredAsMeant() {
        Answer since = CorpusEngine.get().answer("Since when has Japan had an embasy in Baku?");
        assertTrue(since.answered() && since.text().contains("21 January 2000"), since.text());
        Answer accredited = CorpusEngine.get().answer("Where is Mexico acredited to Dominica from?");
        assertTrue(accredited.answered() && accredited.text().contains("Castries"), accredited.text());
    }

    @Test
    void aWordOfTheArticlesIsNotReadAsAMisspeltCountry() {
        Answer answer = CorpusEngine.get().answer("When did diplomatic relations between Mexico and Costa Rica begin?");
        assertEquals(java.util.List.of("Mexico", "Costa Rica"), answer.entities(), answer.text());
        assertTrue(answer.text().contains("1838"), answer.text());
    }
}
