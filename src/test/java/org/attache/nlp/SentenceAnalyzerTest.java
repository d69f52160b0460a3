package org.attache.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceAnalyzerTest {
    private static List<String> tokens(String sentence) {
        AnalyzedSentence analyzed = new SentenceAnalyzer(EnglishModels.get()).analyze(sentence);
        return IntStream.range(0, analyzed.size()).mapToObj(analyzed::token).toList();
    }

    @Test
    void bracketsQuotesAndCommasAreTokensOfTheirOwn() {
        assertEquals(List.of("Ghana", "(", "Accra", ")", ",", "Togo", ";", "\u201c", "Lomé", "\u201d", "!"),
                tokens("Ghana (Accra), Togo; \u201cLomé\u201d!"));
    }

    @Test
    void whatStillHoldsPunctuationIsLeftToTheModel() {
        assertEquals(List.of("The", "U.S.", "embassy", "in", "Iran's", "capital", "opened", "in", "1,300", "days",
                        "."), tokens("The U.S. embassy in Iran's capital opened in 1,300 days."));
    }
}
