package org.attache.answer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.regex.Pattern;

/**
 * Lucene's English analysis (possessives, stop words, Porter stems) with accents folded, so that "Chavez" finds
 * "Chávez" and "Bogota" finds "Bogotá", and British -ise spellings read as -ize, so that "recognise" finds
 * "recognize" (the articles and the people asking use both). Built directly rather than through CustomAnalyzer, whose factory lookup
 * costs start-up time. The field {@link #WORDS} keeps the words as written, folded and lower case but neither stemmed
 * nor stopped: the vocabulary a misspelt word of a question is corrected against.
 */
final class FoldedEnglishAnalyzer extends Analyzer {
    /** The field analysed to whole words rather than stems. */
    static final String WORDS = "words";
    /**
     * Not a field but a question's words, analysed as the text is and with the words the articles write for the
     * same thing stacked at each one's place ("back" with "support", "stance" with "position").
     */
    static final String QUESTION = "question";

    /**
     * Words that ask for the same thing in the articles' own words. Hand-written because no kept English thesaurus
     * ships with Lucene, and a general one (WordNet) would join senses these articles never mean ("back" as a body
     * part); each group is one sense of the diplomatic register.
     */
    private static final java.util.List<java.util.List<String>> SAME_SENSE = java.util.List.of(
            java.util.List.of("back", "support", "endorse"),
            java.util.List.of("position", "stance", "view"),
            java.util.List.of("cut", "sever"),
            java.util.List.of("decide", "decision", "rule", "ruling", "verdict", "judgment"),
            java.util.List.of("buy", "purchase", "import"),
            java.util.List.of("aid", "assistance"),
            java.util.List.of("soldier", "troop", "personnel"),
            java.util.List.of("border", "boundary", "frontier"),
            java.util.List.of("treaty", "agreement", "accord", "pact"),
            java.util.List.of("envoy", "ambassador"),
            java.util.List.of("start", "begin"),
            java.util.List.of("join", "membership", "accession"),
            java.util.List.of("live", "population", "reside", "resident"));

    /**
     * Irregular verb forms and compared adjectives, to their base: Porter stems "broke" and "break", "biggest" and
     * "big" apart, so "When did Georgia break off relations?" would miss "Georgia had broken diplomatic relations".
     * The verbs the articles tell events by, the adjectives they describe relations and missions with.
     */
    private static final java.util.Map<String, String> IRREGULAR = java.util.Map.ofEntries(
            java.util.Map.entry("broke", "break"), java.util.Map.entry("broken", "break"),
            java.util.Map.entry("began", "begin"), java.util.Map.entry("begun", "begin"),
            java.util.Map.entry("led", "lead"), java.util.Map.entry("fought", "fight"),
            java.util.Map.entry("won", "win"), java.util.Map.entry("lost", "lose"),
            java.util.Map.entry("sought", "seek"), java.util.Map.entry("held", "hold"),
            java.util.Map.entry("took", "take"), java.util.Map.entry("taken", "take"),
            java.util.Map.entry("gave", "give"), java.util.Map.entry("given", "give"),
            java.util.Map.entry("became", "become"), java.util.Map.entry("withdrew", "withdraw"),
            java.util.Map.entry("withdrawn", "withdraw"), java.util.Map.entry("met", "meet"),
            java.util.Map.entry("sent", "send"), java.util.Map.entry("kept", "keep"),
            java.util.Map.entry("left", "leave"), java.util.Map.entry("brought", "bring"),
            java.util.Map.entry("built", "build"), java.util.Map.entry("sold", "sell"),
            java.util.Map.entry("bought", "buy"), java.util.Map.entry("chose", "choose"),
            java.util.Map.entry("chosen", "choose"), java.util.Map.entry("spoke", "speak"),
            java.util.Map.entry("grew", "grow"), java.util.Map.entry("grown", "grow"),
            java.util.Map.entry("struck", "strike"), java.util.Map.entry("made", "make"),
            java.util.Map.entry("wrote", "write"), java.util.Map.entry("written", "write"),
            java.util.Map.entry("rose", "rise"), java.util.Map.entry("fell", "fall"),
            java.util.Map.entry("paid", "pay"), java.util.Map.entry("undertook", "undertake"),
            java.util.Map.entry("froze", "freeze"), java.util.Map.entry("frozen", "freeze"),
            java.util.Map.entry("drew", "draw"), java.util.Map.entry("stood", "stand"),
            java.util.Map.entry("spent", "spend"), java.util.Map.entry("forged", "forge"),
            java.util.Map.entry("cutting", "cut"),
            // comparatives and superlatives: "a big one" is "one of the biggest"
            java.util.Map.entry("bigger", "big"), java.util.Map.entry("biggest", "big"),
            java.util.Map.entry("larger", "large"), java.util.Map.entry("largest", "large"),
            java.util.Map.entry("closer", "close"), java.util.Map.entry("closest", "close"),
            java.util.Map.entry("greater", "great"), java.util.Map.entry("greatest", "great"),
            java.util.Map.entry("stronger", "strong"), java.util.Map.entry("strongest", "strong"),
            java.util.Map.entry("better", "good"), java.util.Map.entry("best", "good"),
            java.util.Map.entry("worse", "bad"), java.util.Map.entry("worst", "bad"),
            java.util.Map.entry("older", "old"), java.util.Map.entry("oldest", "old"),
            java.util.Map.entry("smaller", "small"), java.util.Map.entry("smallest", "small"),
            java.util.Map.entry("warmer", "warm"), java.util.Map.entry("warmest", "warm"));
    /** Each irregular form to its base's Porter stem: the override marks it as stemmed already. */
    private static final StemmerOverrideFilter.StemmerOverrideMap IRREGULAR_STEMS = irregularStems();

    private static StemmerOverrideFilter.StemmerOverrideMap irregularStems() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        try (Analyzer porter = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(new LowerCaseFilter(source)));
            }
        }) {
            for (var form : IRREGULAR.entrySet()) {
                try (TokenStream stream = porter.tokenStream("", form.getValue())) {
                    var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                    stream.reset();
                    stream.incrementToken();
                    builder.add(form.getKey(), term.toString());
                    stream.end();
                }
            }
            return builder.build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    FoldedEnglishAnalyzer() {
        // the two fields are analysed differently: their token streams cannot be shared
        super(PER_FIELD_REUSE_STRATEGY);
    }

    private static final Pattern BRITISH_ISE = Pattern.compile("^(\\p{L}{3,})is(e|ed|es|ing|ation|ations)$");
    /**
     * The words of one sense, stemmed as the text is, each to the others: "supported" stacks "back" and "endors".
     * Declared after everything the analysis it stems with uses.
     */
    private static final org.apache.lucene.analysis.synonym.SynonymMap SYNONYMS = synonyms();

    private static org.apache.lucene.analysis.synonym.SynonymMap synonyms() {
        var builder = new org.apache.lucene.analysis.synonym.SynonymMap.Builder(true);
        try (Analyzer stems = new FoldedEnglishAnalyzer()) {
            for (java.util.List<String> group : SAME_SENSE) {
                java.util.List<String> stemmed = group.stream().map(word -> stem(stems, word)).distinct().toList();
                for (String word : stemmed) {
                    for (String other : stemmed) {
                        if (!word.equals(other)) {
                            builder.add(new org.apache.lucene.util.CharsRef(word),
                                    new org.apache.lucene.util.CharsRef(other), true);
                        }
                    }
                }
            }
            return builder.build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String stem(Analyzer analyzer, String word) {
        try (TokenStream stream = analyzer.tokenStream("text", word)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            stream.incrementToken();
            String stem = term.toString();
            stream.end();
            return stem;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (WORDS.equals(fieldName)) {
            return new TokenStreamComponents(source, stream);
        }
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PatternReplaceFilter(stream, BRITISH_ISE, "$1iz$2", false);
        stream = new StemmerOverrideFilter(stream, IRREGULAR_STEMS);
        stream = new PorterStemFilter(stream);
        if (QUESTION.equals(fieldName)) {
            stream = new org.apache.lucene.analysis.synonym.SynonymGraphFilter(stream, SYNONYMS, true);
        }
        return new TokenStreamComponents(source, stream);
    }
}
