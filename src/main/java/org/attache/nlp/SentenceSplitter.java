package org.attache.nlp;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.util.Arrays;
import java.util.List;

/**
 * Finds sentence boundaries with OpenNLP's sentence detector, which does not break after an abbreviation that the
 * sentence goes on from ({@link Abbreviations}). Not thread-safe: one per thread.
 */
public final class SentenceSplitter {
    private final SentenceDetectorME detector;

    public SentenceSplitter(EnglishModels models) {
        this.detector = new AbbreviationAwareDetector(models.sentences());
    }

    /** OpenNLP's extension point for vetoing a break the model proposes. */
    private static final class AbbreviationAwareDetector extends SentenceDetectorME {
        AbbreviationAwareDetector(SentenceModel model) {
            super(model);
        }

        @Override
        protected boolean isAcceptableBreak(CharSequence text, int fromIndex, int candidateIndex) {
            return !Abbreviations.carriesOn(text, candidateIndex);
        }
    }

    /** The sentences' character spans in the text, trimmed of surrounding white space. */
    public List<Span> split(String text) {
        return Arrays.stream(detector.sentPosDetect(text)).map(span -> span.trim(text)).toList();
    }
}
