package org.attache.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tokenizes and tags a sentence with the OpenNLP models, and lemmatizes the words asked about. Not thread-safe:
 * one per thread, and its sentences are read on that thread.
 */
public final class SentenceAnalyzer {
    private static final Pattern ALPHANUMERIC = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String OPENING_MARKS = "([\"\u201c";
    private static final String CLOSING_MARKS = ",;:)]\"\u201d?!";

    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Cache<String, String> lemmas;

    public SentenceAnalyzer(EnglishModels models) {
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.partsOfSpeech());
        this.lemmatizer = new LemmatizerME(models.lemmas());
        this.lemmas = models.knownLemmas();
    }

    /** The lemma of a word form with its part of speech, one word at a time and remembered (see EnglishModels). */
    private String lemma(String token, String tag) {
        return lemmas.get(token + '\u0000' + tag, key -> {
            String lemma = lemmatizer.lemmatize(new String[] {token}, new String[] {tag})[0];
            // the lemmatizer answers "O" when it has no lemma: fall back to the token itself
            return ("O".equals(lemma) ? token : lemma).toLowerCase(Locale.ROOT);
        });
    }

    /**
     * Tokens with their spans. A run of letters and digits between spaces is one token as it stands; so is one
     * once the marks that are always tokens of their own are taken off its ends (an opening bracket or quote; a
     * closing one, a comma, a semicolon, a colon, a question or exclamation mark: "(Ghana", "Accra,"). Only what still
     * holds punctuation ("Salvador.", "1,300", "Iran's", "U.S.") goes to the tokenizer model. This is OpenNLP's own
     * alphanumeric optimisation, which the bundled English model leaves off, taken a step further; with it off the
     * model is asked at every character, which was most of the load time (measured with a profiler).
     */
    private Span[] tokenize(String sentence) {
        List<Span> spans = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            int start = chunk.getStart();
            int end = chunk.getEnd();
            while (start < end && OPENING_MARKS.indexOf(sentence.charAt(start)) >= 0) {
                spans.add(new Span(start, start + 1));
                start++;
            }
            int coreEnd = end;
            while (coreEnd > start && CLOSING_MARKS.indexOf(sentence.charAt(coreEnd - 1)) >= 0) {
                coreEnd--;
            }
            if (coreEnd > start) {
                String core = sentence.substring(start, coreEnd);
                if (ALPHANUMERIC.matcher(core).matches()) {
                    spans.add(new Span(start, coreEnd));
                } else {
                    for (Span part : tokenizer.tokenizePos(core)) {
                        spans.add(new Span(start + part.getStart(), start + part.getEnd()));
                    }
                }
            }
            for (int mark = coreEnd; mark < end; mark++) {
                spans.add(new Span(mark, mark + 1));
            }
        }
        return spans.toArray(new Span[0]);
    }

    public AnalyzedSentence analyze(String sentence) {
        Span[] spans = tokenize(sentence);
        String[] tokens = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(tokens);
        return new AnalyzedSentence(sentence, Arrays.asList(spans), Arrays.asList(tags), this::lemma);
    }
}
