package org.attache.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists on the corpus: of what the question asks, and never one the question narrows by what no fact tells. */
class CorpusListTest {
    private static Answer ask(String question) {
        return CorpusEngine.get().answer(question);
    }

    @Test
    void aListNarrowedByWhatNoFactTellsIsNotTheUnnarrowedFacts() {
        // one relation of Cambodia's (with South Korea) is no answer to which of its Asian neighbours it has ties with
        Answer neighbours = ask("Which of its Asian neighbours does Cambodia have diplomatic relations with?");
        assertFalse(neighbours.text().contains("South Korea and Cambodia established"), neighbours.text());
        Answer besides = ask("Besides the UN, which international organisations is Cameroon active in?");
        assertFalse(besides.text().startsWith("Cameroon is a participant in United Nations"), besides.text());
    }

    @Test
    void embassiesInACityAreListedWhateverElseTheQuestionNames() {
        Answer answer = ask("Which countries have embassies in Tbilisi according to the overview of Georgia's "
                + "foreign relations?");
        assertTrue(answer.text().contains("has an embassy in Tbilisi"), answer.text());
        assertFalse(answer.text().contains("established diplomatic relations"), answer.text());
    }
}
