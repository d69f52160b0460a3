package org.attache.source.wikitext;

import org.attache.article.Flag;
import org.attache.article.Reference;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.source.SentenceAssembler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects a section's sentences, related articles and flags while its blocks are read. */
final class SectionBuilder implements MarkupRenderer.SectionSink {
    /** For markup whose templates have no section to go to (a heading's own text). */
    static final MarkupRenderer.SectionSink IGNORED = new MarkupRenderer.SectionSink() {
        @Override
        public void flagSection(Flag flag) {
        }

        @Override
        public void relate(List<String> articles) {
        }
    };

    /** The headings open at each level, and the anchors already given out (Wikipedia suffixes repeats _2, _3). */
    static final class Outline {
        private final List<String> open = new ArrayList<>();
        private final Set<String> anchors = new HashSet<>();

        SectionBuilder open(int level, String heading, int line) {
            int depth = Math.max(0, level - 2);
            while (open.size() > depth) {
                open.remove(open.size() - 1);
            }
            open.add(heading);
            String anchor = heading.replace(' ', '_');
            String unique = anchor;
            for (int n = 2; !anchors.add(unique); n++) {
                unique = anchor + "_" + n;
            }
            return new SectionBuilder(List.copyOf(open), Optional.of(unique), line, null);
        }
    }

    private final List<String> path;
    private final Optional<String> anchor;
    private final int line;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<String> related = new ArrayList<>();
    private final Set<Flag> flags = EnumSet.noneOf(Flag.class);
    /** Where section-wide flags of the lead go: they mark the whole article. */
    private final Set<Flag> articleFlags;

    private SectionBuilder(List<String> path, Optional<String> anchor, int line, Set<Flag> articleFlags) {
        this.path = path;
        this.anchor = anchor;
        this.line = line;
        this.articleFlags = articleFlags;
    }

    static SectionBuilder lead(Set<Flag> articleFlags) {
        return new SectionBuilder(List.of(), Optional.empty(), 1, articleFlags);
    }

    void add(SentenceAssembler.Block block) {
        boolean orphans = !block.orphanReferences().isEmpty() || !block.orphanFlags().isEmpty();
        if (orphans && !sentences.isEmpty()) {
            // a citation or flag standing before any text of its block belongs to the sentence just before it
            Sentence last = sentences.remove(sentences.size() - 1);
            List<Reference> references = new ArrayList<>(last.references());
            references.addAll(block.orphanReferences());
            Set<Flag> lastFlags = EnumSet.noneOf(Flag.class);
            lastFlags.addAll(last.flags());
            lastFlags.addAll(block.orphanFlags());
            sentences.add(new Sentence(last.text(), last.line(), last.block(), references, lastFlags));
        } else {
            block.orphanFlags().forEach(this::flagSection);
        }
        sentences.addAll(block.sentences());
    }

    @Override
    public void flagSection(Flag flag) {
        if (articleFlags != null) {
            articleFlags.add(flag);
        } else {
            flags.add(flag);
        }
    }

    @Override
    public void relate(List<String> articles) {
        related.addAll(articles);
    }

    Section build() {
        return new Section(path, anchor, line, sentences, related, flags);
    }
}
