package org.attache.nlp;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            return !Abbreviations.carriesOn(text, candidateIndex) && !decimalPoint(text, candidateIndex);
        }
    }

    /** "$362.5 million": a point between digits ends no sentence (the model alone sometimes breaks there). */
    private static boolean decimalPoint(CharSequence text, int candidate) {
        return candidate > 0 && candidate + 1 < text.length() && Character.isDigit(text.charAt(candidate - 1))
                && Character.isDigit(text.charAt(candidate + 1));
    }

    /**
     * The sentences' character spans in the text, trimmed of surrounding white space. An image caption the scrape
     * left in the text ends at "]]" ("… at Palácio do Planalto, Brasília in 2006]] Namibia became the 160th member
     * …"): a sentence ends there too, and the brackets belong to neither.
     */
    public List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        for (Span span : detector.sentPosDetect(text)) {
            int start = span.getStart();
            Matcher caption = CAPTION_END.matcher(text).region(span.getStart(), span.getEnd());
            while (caption.find()) {
                add(spans, new Span(start, caption.start()), text);
                start = caption.end();
            }
            add(spans, new Span(start, span.getEnd()), text);
        }
        return List.copyOf(spans);
    }

    private static final Pattern CAPTION_END = Pattern.compile("\\]\\](?!\\])");

    private static void add(List<Span> spans, Span span, String text) {
        Span trimmed = span.trim(text);
        if (trimmed.length() > 0) {
            spans.add(trimmed);
        }
    }
}
