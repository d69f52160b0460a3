package org.attache.answer;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers that fit the question, on the bundled articles: the questions a first-time user asked. */
class AnswerFormsTest {
    private static final AnswerEngine ENGINE = new AnswerEngine(TestDataset.bundled(),
            TestDataset.questionReader(), 100);

    @Test
    void aMissionAskedOneWayIsNotAnsweredTheOtherWay() {
        Answer answer = ENGINE.answer("Does India have an embassy in El Salvador?");
        assertFalse(answer.answered(), answer.text());
        assertTrue(answer.text().startsWith("The sources I have don't say that."), answer.text());
        assertTrue(answer.text().contains("India has an honorary consulate in San Salvador"), answer.text());
    }

    @Test
    void whenGetsADateFromTheEventAskedAbout() {
        Answer established = ENGINE.answer("When did Ecuador and China establish relations?");
        assertTrue(established.text().contains("1980"), established.text());
        Answer broken = ENGINE.answer("When did El Salvador break relations with Cuba?");
        assertTrue(broken.text().contains("suspended") && broken.text().contains("1961"), broken.text());
        assertFalse(broken.text().contains("resumed"), broken.text());
    }

    @Test
    void aYesNoQuestionOpensWithItsVerdict() {
        Answer answer = ENGINE.answer("Does Ecuador recognise Palestine?");
        assertTrue(answer.text().startsWith("Yes. Ecuador recognised Palestine"), answer.text());
        // "the Mexican government" names the owner as plainly as "Mexico"
        Answer government = ENGINE.answer("does the mexican government have an embassy in el salvador");
        assertTrue(government.text().startsWith("Yes. Mexico has an embassy in San Salvador"), government.text());
    }

    @Test
    void anUnknownNameIsSaidNotAnsweredAboutTheOtherCountry() {
        Answer answer = ENGINE.answer("When did Freedonia and Chile establish relations?");
        assertFalse(answer.answered());
        assertTrue(answer.text().startsWith("I don't know \"Freedonia\""), answer.text());
        assertEquals(0, answer.citations().size());
    }

    @Test
    void aListSaysHowManyBeforeItLists() {
        Answer answer = ENGINE.answer("Which countries have embassies in Quito?");
        assertTrue(answer.text().matches("(?s)The sources give \\d+.*:\n• .*"), answer.text());
    }

    @Test
    void aQualityThatUsedToHoldIsNoLongerAffirmedAndHowItWentSinceIsQuoted() {
        Answer answer = ENGINE.answer("Are the US and Ecuador still close?");
        assertTrue(answer.text().startsWith("No."), answer.text());
        assertTrue(answer.text().contains("used to maintain close ties")
                && answer.text().contains("relations have deteriorated"), answer.text());
        assertEquals(2, answer.citations().size(), answer.text());
    }

    @Test
    void aTreatyNamedOnlyByItsKindIsQuotedNotRestated() {
        // the fact's name is "Declaration": its sentence says which declaration
        Answer answer = ENGINE.answer("What happened between Ecuador and Colombia in March 2008?");
        assertTrue(answer.text().startsWith("The Foreign relations of Ecuador article"), answer.text());
        assertTrue(answer.text().contains("signed a declaration to end a crisis"), answer.text());
    }

    @Test
    void theQuestionsOwnFrameIsNoWordToFind() {
        // "how far back … go", "over the … affair": only "back", "law", "remind" and "Assange" are sought
        Answer back = ENGINE.answer("How far back do diplomatic ties between Venezuela and Ecuador go?");
        assertTrue(back.text().contains("Spanish colonization"), back.text());
        Answer law = ENGINE.answer("Which law did the UK remind Ecuador of over the Assange affair?");
        assertTrue(law.text().contains("Diplomatic and Consular Premises Act"), law.text());
    }
}
