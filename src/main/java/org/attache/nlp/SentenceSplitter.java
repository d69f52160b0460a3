package org.attache.nlp;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.Arrays;
import java.util.List;

/** Finds sentence boundaries with OpenNLP's sentence detector. Not thread-safe: one per thread. */
public final class SentenceSplitter {
    private final SentenceDetectorME detector;

    public SentenceSplitter(EnglishModels models) {
        this.detector = new SentenceDetectorME(models.sentences());
    }

    /** The sentences' character spans in the text, trimmed of surrounding white space. */
    public List<Span> split(String text) {
        return Arrays.stream(detector.sentPosDetect(text)).map(span -> span.trim(text)).toList();
    }
}
