package org.attache.answer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
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

    FoldedEnglishAnalyzer() {
        // the two fields are analysed differently: their token streams cannot be shared
        super(PER_FIELD_REUSE_STRATEGY);
    }

    private static final Pattern BRITISH_ISE = Pattern.compile("^(\\p{L}{3,})is(e|ed|es|ing|ation|ations)$");

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
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
