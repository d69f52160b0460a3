package org.attache.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.TestDataset;
import org.attache.answer.AnswerEngine;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ask --json}, the public scripting contract: one JSON object per input line, whatever the line. */
class AskCommandTest {
    private static final AnswerEngine ENGINE = new AnswerEngine(TestDataset.bundled(),
            TestDataset.questionReader(), 1000);

    private static List<JsonNode> askJson(String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AskCommand(ENGINE).askJson(new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(mapper.readTree(line));
        }
        return lines;
    }

    @Test
    void answersEstablishmentYearWithSectionLink() throws IOException {
        JsonNode answer = askJson("When did Mexico and El Salvador establish diplomatic relations?\n").get(0);
        assertTrue(answer.get("answered").asBoolean());
        assertEquals("relations_start", answer.get("intent").asText());
        assertTrue(answer.get("text").asText().contains("1838"));
        JsonNode citation = answer.get("citations").get(0);
        assertEquals("Foreign relations of El Salvador", citation.get("title").asText());
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_El_Salvador#Mexico", citation.get("url").asText());
        assertEquals("Diplomatic relations between Mexico and El Salvador were established in 1838.",
                citation.get("quote").asText());
    }

    @Test
    void newestSnapshotAnswersAndTheOlderOneFollows() throws IOException {
        JsonNode answer = askJson("does el salvador still recognise taiwan\n").get(0);
        assertTrue(answer.get("text").asText().contains("severed"));
        assertEquals("2019-11", answer.get("citations").get(0).get("snapshot").asText());
        assertEquals("2014-10", answer.get("conflicts").get(0).get("snapshot").asText());
        assertTrue(answer.get("conflicts").get(0).get("quote").asText().contains("Republic of China (Taiwan)"));
    }

    @Test
    void aRecordSentenceBorrowsTheOlderSectionLinkOnlyForTheSameFact() throws IOException {
        JsonNode korea = askJson("how many south koreans live in el salvador\n").get(0);
        JsonNode citation = korea.get("citations").get(0);
        assertEquals("2019-11", citation.get("snapshot").asText());
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_El_Salvador#South_Korea",
                citation.get("url").asText());
        assertTrue(citation.get("references").get(0).asText().startsWith("http://www.mofa.go.kr/"));
    }

    @Test
    void abstainsWithoutCitationsWhenTheSourcesDoNotSay() throws IOException {
        for (JsonNode answer : askJson("When did Ecuador recognise Kosovo?\nWhat is the capital of France?\n"
                + "sdfkj qweoi\n")) {
            assertFalse(answer.get("answered").asBoolean(), answer.toString());
            assertTrue(answer.get("text").asText().startsWith("The sources I have don't say"));
            assertEquals(0, answer.get("citations").size());
        }
    }

    @Test
    void oddLinesEachGetOneBoundedSanitisedAnswerAndNeverStopTheStream() throws IOException {
        String huge = "When did Mexico and El Salvador establish relations? ".repeat(2000);
        String input = String.join("\n", "", "   ", huge, "\u0000\u0007\u001b[2J hello", "\uD800 broken surrogate",
                "**bold** `code` ```block```", "@everyone <@123> <@&456> when did el salvador recognise kosovo",
                "¿Cuándo estableció El Salvador relaciones con México?", "什么是外交关系", "last question: help") + "\n";
        List<JsonNode> answers = askJson(input);
        assertEquals(10, answers.size());
        for (JsonNode answer : answers) {
            assertTrue(answer.get("text").asText().length() <= 2000);
            assertFalse(answer.get("text").asText().contains("@everyone"));
            assertFalse(answer.get("text").asText().contains("Exception"));
        }
        assertTrue(answers.get(2).get("answered").asBoolean(), "a huge question is still answered");
        assertTrue(answers.get(6).get("text").asText().contains("Kosovo"));
        assertTrue(answers.get(7).get("text").asText().startsWith("I can only read questions in English"));
        assertTrue(answers.get(8).get("text").asText().startsWith("I can only read questions in English"));
    }
}
