package org.attache.source;

import opennlp.tools.util.Span;
import org.attache.article.BlockKind;
import org.attache.article.Flag;
import org.attache.article.Reference;
import org.attache.article.Sentence;
import org.attache.nlp.SentenceSplitter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a block of rendered text into sentences and binds each reference and flag to the sentence it stands in or
 * directly follows, as a reader of the article would.
 */
public final class SentenceAssembler {
    /**
     * The sentences of a block, and what stood in a block that had no text of its own (a citation line under a
     * paragraph, say), for the caller to bind to the sentence before.
     */
    public record Block(List<Sentence> sentences, List<Reference> orphanReferences, Set<Flag> orphanFlags) {
    }

    private final SentenceSplitter splitter;

    public SentenceAssembler(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public Block assemble(RenderedText rendered, BlockKind kind, int firstLine) {
        String text = rendered.text();
        List<Span> spans = text.isBlank() ? List.of() : splitter.split(text);
        List<List<Reference>> references = new ArrayList<>();
        List<Set<Flag>> flags = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            references.add(new ArrayList<>());
            flags.add(EnumSet.noneOf(Flag.class));
        }
        List<Reference> orphanReferences = new ArrayList<>();
        Set<Flag> orphanFlags = EnumSet.noneOf(Flag.class);
        for (RenderedText.Marker marker : rendered.markers()) {
            int owner = owningSentence(spans, marker.offset());
            if (owner < 0) {
                orphanReferences.addAll(marker.references());
                orphanFlags.addAll(marker.flags());
            } else {
                references.get(owner).addAll(marker.references());
                flags.get(owner).addAll(marker.flags());
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            String sentence = span.getCoveredText(text).toString();
            if (sentence.isBlank()) {
                continue;
            }
            List<Reference> distinct = List.copyOf(new LinkedHashSet<>(references.get(i)));
            sentences.add(new Sentence(sentence, rendered.lineAt(span.getStart(), firstLine), kind, distinct,
                    flags.get(i)));
        }
        return new Block(sentences, orphanReferences, orphanFlags);
    }

    /** The last sentence that starts before the offset: a marker belongs to the sentence it follows. */
    private static int owningSentence(List<Span> spans, int offset) {
        int owner = -1;
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).getStart() < offset) {
                owner = i;
            }
        }
        return owner;
    }
}
