package org.attache.answer;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How one statement is shown when several sentences make it, and which sentences can stand as the answer to a
 * "since when", "how many" or decade question, on corpus articles.
 */
class CorpusStatementsTest {
    private static Answer ask(String question) {
        return CorpusEngine.get().answer(question);
    }

    private static Set<String> cited(Answer answer) {
        return answer.citations().stream().map(Citation::title).collect(Collectors.toSet());
    }

    @Test
    void aStatementIsShownWithItsFullestDateAndCitedFromEachArticleThatMakesIt() {
        // Singapore's article says "in 1990" in one sentence and "On 3 October 1990" in another
        Answer singapore = ask("When did Singapore and the PRC establish diplomatic relations?");
        assertTrue(singapore.text().contains("3 October 1990"), singapore.text());
        // South Korea's article gives the day, North Korea's the year: one line, both articles cited
        Answer soviet = ask("When did South Korea and the Soviet Union establish diplomatic relations?");
        assertTrue(soviet.text().contains("September 30, 1990"), soviet.text());
        assertEquals(1, soviet.text().lines().count(), soviet.text());
        assertEquals(Set.of("Foreign relations of South Korea", "Foreign relations of North Korea"), cited(soviet));
    }

    @Test
    void aFigureTwoArticlesGiveAlikeIsOneLineAndOneTheyGiveDifferentlyIsSaidToDiffer() {
        Answer alike = ask("How many Hungarian soldiers served in Iraq?");
        assertEquals(1, alike.text().lines().count(), alike.text());
        assertTrue(alike.text().contains("300"), alike.text());
        assertEquals(Set.of("Foreign relations of Hungary", "Foreign relations of Iraq"), cited(alike));
        Answer differing = ask("How many Armenians live in Moldova?");
        assertTrue(differing.text().startsWith("The articles give different figures"), differing.text());
        assertTrue(differing.text().contains("8000") && differing.text().contains("7,500"), differing.text());
    }

    @Test
    void sinceWhenIsAnsweredByTheYearAStateBegan() {
        Answer kenya = ask("Since when has Kenya been a Commonwealth member?");
        assertTrue(kenya.answered() && kenya.text().contains("since 1963"), kenya.text());
        Answer lesotho = ask("Since when has the Irish government given aid to Lesotho?");
        assertTrue(lesotho.answered() && lesotho.text().contains("since 1975"), lesotho.text());
        // a plain "when" is not answered by a period's start: "since 1989 has improved its relations"
        Answer when = ask("When did the Irish government start giving aid to Lesotho?");
        assertFalse(when.answered(), when.text());
    }

    @Test
    void howManyWithANationalityBeforeANounCountsTheNounAndMayNameTheCountry() {
        Answer troops = ask("How many French troops are stationed in N'Djamena?");
        assertTrue(troops.text().contains("1,200 troops"), troops.text());
        Answer refugees = ask("How many Mozambican refugees did Malawi host between 1985 and 1995?");
        assertTrue(refugees.text().contains("more than a million refugees from Mozambique"), refugees.text());
    }

    @Test
    void aDecadeAskedIsHeldByAnyOfItsYearsAndNoOther() {
        Answer seventies = ask("When were Tunisia–Libya diplomatic relations broken and restored in the 1970s?");
        assertTrue(seventies.text().contains("1976"), seventies.text());
        Answer sixties = ask("When were Tunisia–Libya diplomatic relations broken in the 1960s?");
        assertFalse(sixties.answered(), sixties.text());
    }

    @Test
    void whoWasFirstIsAnsweredOnlyByASentenceThatRanksItFirst() {
        // Israel "was one of the first countries to recognize Azerbaijan"; Turkey "was the first"
        Answer azerbaijan = ask("Who was the first to recognise Azerbaijan?");
        assertTrue(azerbaijan.text().contains("Turkey") && !azerbaijan.text().contains("Israel"), azerbaijan.text());
        Answer belarus = ask("Which country was first to recognise Belarus?");
        assertTrue(belarus.text().contains("Turkey") && !belarus.text().contains("Poland"), belarus.text());
        Answer hungary = ask("Which was the first Eastern Bloc country to exchange ambassadors with South Korea?");
        assertTrue(hungary.text().contains("made Hungary the first Eastern Bloc country"), hungary.text());
        // "first" as when, and "last" as a verb, ask no rank
        Answer when = ask("When did Belarus first establish relations with Poland?");
        assertTrue(when.text().contains("2 March 1992"), when.text());
        Answer last = ask("How long did the Football War last?");
        assertFalse(last.text().contains("which was last"), last.text());
    }

    @Test
    void aListIsNotGivenForARegionOrANameTheFactsDoNotKnow() {
        // the facts do not say where Denmark's embassies lie: none is offered as one in Africa
        Answer africa = ask("Where does Denmark have embassies in Africa?");
        assertFalse(africa.answered(), africa.text());
        assertFalse(africa.text().contains("Kyiv"), africa.text());
        // "dispute" says what kind, not which: no list of every dispute in the corpus
        Answer fonseca = ask("What is the Gulf of Fonseca dispute?");
        assertFalse(fonseca.text().contains("The sources give"), fonseca.text());
        Answer cenepa = ask("What was the Cenepa War?");
        assertTrue(cenepa.text().startsWith("Cenepa War, in the relations of Ecuador and Peru"), cenepa.text());
    }

    @Test
    void howManyLiveSomewhereFindsAPopulation() {
        // "With a total Iraqi population in Denmark numbering around 12,000, …"
        Answer answer = ask("How many Iraqis live in Denmark?");
        assertTrue(answer.text().contains("12,000"), answer.text());
    }
}
