package org.attache.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Yes and no on the corpus rest on what the question asks about, said of the pair it names. */
class CorpusVerdictTest {
    private static Answer ask(String question) {
        return CorpusEngine.get().answer(question);
    }

    @Test
    void aRecognitionAskedIsNotAffirmedByMembershipsTheTwoShare() {
        // Malaysia and Israel are both in bodies the articles name; the Malaysia article says it never recognised it
        Answer answer = ask("Has Malaysia ever recognised Israel?");
        assertFalse(answer.text().startsWith("Yes"), answer.text());
        assertFalse(answer.text().contains("is a member of"), answer.text());
        Answer relations = ask("Has Mexico ever recognised Kosovo?");
        assertFalse(relations.text().contains("is a member of"), relations.text());
    }

    @Test
    void howRelationsAreIsReadFromASentenceAboutThePairNotFromAThirdCountrysList() {
        // "India continued to build upon its close and friendly relations with Angola, Botswana, … Namibia" is no
        // answer; "Botswana–Namibia relations are friendly" in either country's article is
        Answer answer = ask("Are relations between Botswana and Namibia friendly?");
        assertFalse(answer.citations().stream().anyMatch(c -> c.title().equals("Foreign relations of India")),
                answer.text());
        assertTrue(answer.text().startsWith("Yes") && answer.text().contains("Botswana–Namibia relations are friendly"),
                answer.text());
    }

    @Test
    void anEventWhoseSentenceGoesOnToLaterYearsIsQuotedNotRestatedAsYesOrNo() {
        // "… re-establish relations with the Republic of China (… TAIWAN), it has been restored ties with the P.R.C.
        // in 1994": Taiwan's restoration (1990) is no yes today
        Answer taiwan = ask("Does Lesotho recognise Taiwan?");
        assertFalse(taiwan.text().startsWith("Yes"), taiwan.text());
        assertTrue(taiwan.text().startsWith("The sources I have don't say for certain."), taiwan.text());
        assertTrue(taiwan.citations().get(0).quote().contains("restored ties with the P.R.C. in 1994"),
                taiwan.citations().toString());
        // "… established on 18 May 1970 and lasted until 5 April 1975": no yes from 1970 either
        Answer cambodia = ask("Do Cambodia and South Korea have diplomatic relations?");
        assertFalse(cambodia.text().startsWith("Yes. "), cambodia.text());
    }

    @Test
    void aSeatHeldInThePastIsNoYes() {
        Answer answer = ask("Is Senegal a member of the UN Security Council?");
        assertFalse(answer.text().startsWith("Yes"), answer.text());
    }

    @Test
    void aMissionInAPlaceTheFactsDoNotHoldIsNoYes() {
        // the sentence naming Lappeenranta gives Russia's consulates in Turku and Mariehamn; Lappeenranta's country
        // is not read
        Answer russia = ask("Does Russia have a consulate in Lappeenranta?");
        assertFalse(russia.text().startsWith("Yes"), russia.text());
        Answer colombia = ask("Does Colombia have a consulate in Shanghai?");
        assertTrue(colombia.text().startsWith("Yes") && colombia.text().contains("Shanghai, China"), colombia.text());
    }

    @Test
    void aMissionThatWasClosedIsNoYes() {
        Answer answer = ask("Does Romania have an embassy in Myanmar?");
        assertFalse(answer.text().startsWith("Yes"), answer.text());
    }

    @Test
    void theActingPartyIsTheOneAfterAnOpeningAdverbialNotABodyOfItsOwn() {
        // "During the 2017 Qatar diplomatic crisis, Jordan downgraded diplomatic ties with Qatar."
        Answer jordan = ask("Did Jordan downgrade its ties with Qatar during the 2017 crisis?");
        assertTrue(jordan.text().startsWith("Yes"), jordan.text());
        Answer qatar = ask("Did Qatar downgrade its ties with Jordan during the 2017 crisis?");
        assertFalse(qatar.text().startsWith("Yes"), qatar.text());
        // the two countries' chambers of commerce signed it, not the states
        Answer chambers = ask("Did Russia and Trinidad and Tobago sign an agreement?");
        assertFalse(chambers.text().startsWith("Yes"), chambers.text());
    }

    @Test
    void anIrregularVerbFindsItsOtherForms() {
        // "Georgia had broken diplomatic relations with Russia", asked with "break off"
        Answer georgia = ask("When did Georgia break off diplomatic relations with Russia?");
        assertTrue(georgia.text().contains("29 August 2008"), georgia.text());
        // "Between 1967 and 1970, Burma broke relations with Beijing …"
        Answer burma = ask("When did Burma break relations with Beijing?");
        assertTrue(burma.text().contains("1967"), burma.text());
    }

    @Test
    void aCountIsOfWhatTheQuestionCounts() {
        // "There are 17,304 Romanians living in Ireland." counts no Turks
        Answer turks = ask("how many turks live in romania");
        assertFalse(turks.answered(), turks.text());
        Answer romanians = ask("how many people from Romania live in Ireland?");
        assertTrue(romanians.text().contains("17,304"), romanians.text());
    }

    @Test
    void aWarAskedBetweenTwoIsAnsweredOnlyFromASentenceNamingThemAsSides() {
        // "… brokered by the four Guarantors of the Rio Protocol (Argentina, Brazil, Chile, and the United States)",
        // "Chile and Brazil have acted numerous times as mediators in international conflicts"
        Answer mediators = ask("What war did Chile and Brazil fight?");
        assertFalse(mediators.answered(), mediators.text());
        Answer cenepa = ask("What war did Ecuador and Peru fight in 1995?");
        assertTrue(cenepa.text().contains("Cenepa War"), cenepa.text());
    }

    @Test
    void aSentenceOfAThirdCountryInAPairsParagraphAnswersNothingOfThePair() {
        // in Togo's paragraph on India: "In December 2017, Togo voted at the UN to recognize Jerusalem as the capital
        // of Israel."
        Answer answer = ask("When did India recognise Israel?");
        assertFalse(answer.citations().stream().anyMatch(c -> c.title().equals("Foreign relations of Togo")),
                answer.text());
    }

    @Test
    void aQuestionNamingAWarIsAnsweredAboutTheWar() {
        // not with when Iraq and Iran established relations
        Answer answer = ask("When did the Iran-Iraq war begin?");
        assertTrue(answer.text().toLowerCase(java.util.Locale.ROOT).contains("war") && answer.text().contains("1980"),
                answer.text());
        assertFalse(answer.text().contains("established diplomatic relations"), answer.text());
    }

    @Test
    void howRelationsAreIsAskedWithHowAndAnsweredWithTheWordAskedFirst() {
        Answer how = ask("How are relations between Tanzania and the UK?");
        assertTrue(how.text().contains("on good terms"), how.text());
        // "Relations with Russia are peaceful and friendly." over a sentence on the hostility of the 1920s
        Answer friendly = ask("Are Finnish-Russian relations friendly?");
        assertTrue(friendly.text().startsWith("Yes") && friendly.text().contains("peaceful and friendly"),
                friendly.text());
    }

    @Test
    void aCountAskedIsAFigureAndTwoArticlesFiguresAreBothShown() {
        // Armenia's article gives around 8000, Moldova's around 7,500
        Answer answer = ask("How many people of Armenian descent live in Moldova?");
        assertTrue(answer.text().contains("8000") && answer.text().contains("7,500"), answer.text());
        assertTrue(answer.citations().size() >= 2, answer.text());
    }

    @Test
    void aMissionAskedInACitySaysWhatExistsThereAndTheOtherWay() {
        // Armenia's article: "Israel has an honorary consulate in Yerevan."; no Israeli embassy there
        Answer answer = ask("Is there an Israeli embassy in Yerevan?");
        assertFalse(answer.text().startsWith("Yes"), answer.text());
        assertTrue(answer.text().contains("Israel has an honorary consulate in Yerevan"), answer.text());
    }

    @Test
    void aRecognitionAskedIsDeniedOnlyBySentencesOnRecognition() {
        // "Armenia has not established diplomatic relations with Kosovo." says nothing of recognition
        Answer armenia = ask("Does Armenia recognise Kosovo?");
        assertFalse(armenia.text().startsWith("No"), armenia.text());
        Answer korea = ask("Does South Korea recognise the State of Palestine?");
        assertTrue(korea.text().startsWith("No") && korea.text().contains("does not recognize"), korea.text());
    }

    @Test
    void aDenialOfACountryFollowedByAnAlongWithAsideIsSaidOfThatCountry() {
        // "Japan, along with South Korea, Taiwan, France and the United States, is one of the few countries that has
        // no relations with the DPRK."
        Answer answer = ask("Does Japan have diplomatic relations with North Korea?");
        assertTrue(answer.text().startsWith("No.") && answer.text().contains("no relations with the DPRK"),
                answer.text());
    }

    @Test
    void aWordOfTheQuestionFindsTheArticlesOwnWordForTheSameThing() {
        // "back … position" is "supports … stance", "joining" a "membership"
        Answer angola = ask("Does Angola back Serbia's position on Kosovo?");
        assertTrue(angola.text().startsWith("Yes.") && angola.text().contains("supports Serbia's stance"),
                angola.text());
        Answer sweden = ask("Does Sweden support Turkey joining the European Union?");
        assertTrue(sweden.text().startsWith("Yes.") && sweden.text().contains("European Union membership"),
                sweden.text());
    }

    @Test
    void aYesOrNoComesFromTheFirstSentenceThatSettlesItNotFromAVoteBeforeIt() {
        // "the Lebanese parliament voted to recognize the Armenian genocide" settles nothing
        Answer answer = ask("Has Lebanon recognised the Armenian genocide?");
        assertTrue(answer.text().startsWith("Yes.") && answer.text().contains("recognizes the Armenian Genocide"),
                answer.text());
    }

    @Test
    void whenAStateJoinedIsNotAnsweredByWhenItApplied() {
        // "Kazakhstan applied for WTO accession on January 29, 1996."
        Answer answer = ask("When did Kazakhstan join the WTO?");
        assertFalse(answer.text().contains("1996"), answer.text());
    }

    @Test
    void howRelationsAreIsNotReadFromTheirRelationsWithAThirdStateNorFromAnotherYear() {
        // not "Fiji's ambassador … stated in 2008 that his country could seek closer relations with Cuba"
        Answer fiji = ask("What have relations between New Zealand and Fiji been like since the 2006 coup?");
        assertTrue(fiji.text().contains("turned icy"), fiji.text());
        Answer namibia = ask("How were Namibia–Russia relations described in 2006?");
        assertTrue(namibia.text().contains("\"excellent\" in 2006"), namibia.text());
        // a third state named otherwise than as the partner does not count against the sentence
        Answer morocco = ask("What are relations between Morocco and Algeria like?");
        assertTrue(morocco.text().contains("have remained strained"), morocco.text());
    }

    @Test
    void aMembershipUndoneLaterIsNoYes() {
        // "Cuba joined the OAS in 1948", "In 1962, Cuba was expelled from the OAS", and elsewhere "Both countries
        // are full members of the OAS": the sources disagree, and the reply says so
        Answer cuba = ask("Is Cuba a member of the OAS?");
        assertFalse(cuba.answered(), cuba.text());
        assertTrue(cuba.text().startsWith("The sources I have don't say for certain.")
                && cuba.text().contains("expelled"), cuba.text());
        // "Cyprus withdrew from the Non-Aligned Movement on accession"
        Answer cyprus = ask("Is Cyprus a member of the Non-Aligned Movement?");
        assertTrue(cyprus.text().startsWith("No."), cyprus.text());
    }

    @Test
    void whenAStateJoinedIsAnsweredOnlyByASentenceThatTellsAJoiningOfThatBody() {
        // not "with 77% of the population approving of EU membership according to a … poll in 2006"
        Answer ireland = ask("When did Ireland join the European Union?");
        assertFalse(ireland.text().contains("2006"), ireland.text());
        // not "Halonen allowed Finland to join … the NATO Response Force in 2008": another body
        Answer finland = ask("When did Finland join NATO?");
        assertFalse(finland.text().contains("2008"), finland.text());
        Answer kyrgyzstan = ask("When did Kyrgyzstan accede to the WTO?");
        assertTrue(kyrgyzstan.text().contains("December 1998"), kyrgyzstan.text());
    }

    @Test
    void anEmbassyAskedOfACommonwealthStateIsAnsweredByItsHighCommission() {
        Answer brunei = ask("Does Brunei have an embassy in Australia?");
        assertTrue(brunei.text().startsWith("Yes. Brunei has a high commission in Canberra"), brunei.text());
        Answer tanzania = ask("Does Tanzania have an embassy in Kuala Lumpur?");
        assertTrue(tanzania.text().startsWith("Yes. Tanzania has a high commission in Kuala Lumpur"), tanzania.text());
    }

    @Test
    void aTreatyAskedAboutByItsSubjectIsAnsweredOnlyByOneOnThatSubject() {
        // the Nepal article's only agreement with Bangladesh is on cooperation, trade, transit and civil aviation
        Answer electricity = ask("When did Nepal and Bangladesh sign the treaty on selling electricity to Bangladesh?");
        assertFalse(electricity.answered(), electricity.text());
        Answer aviation = ask("When did Singapore and Indonesia sign the memorandum on aviation rights?");
        assertTrue(aviation.text().contains("August 2005"), aviation.text());
    }

    @Test
    void aNoBothCountriesArticlesGiveCitesBoth() {
        // Ireland's article says August 2010, Sweden's September 2010: both are quoted
        Answer answer = ask("Does Sweden still have an embassy in Dublin?");
        assertTrue(answer.text().startsWith("No."), answer.text());
        assertTrue(answer.citations().stream().anyMatch(c -> c.title().equals("Foreign relations of Sweden"))
                && answer.citations().stream().anyMatch(c -> c.title().equals("Foreign relations of Ireland")),
                answer.text());
    }
}
