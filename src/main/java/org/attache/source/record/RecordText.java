package org.attache.source.record;

import org.attache.article.Article;
import org.attache.article.ArticleSource;
import org.attache.article.BlockKind;
import org.attache.article.Reference;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.source.MojibakeRepair;
import org.attache.source.RenderedText;
import org.attache.source.SentenceAssembler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a scraped-dataset article: one paragraph or list item a line, sections and links lost, references
 * only as {@code [n]} markers, kept as numbered references with no address. Text decoded with the wrong charset is
 * repaired. A line "See X" (what remained of a "main article" link) becomes a related article. Shared by the
 * one-record files and the rows of a dataset CSV. Not thread-safe (the sentence detector is not).
 */
public final class RecordText {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Pattern SEE_LINE = Pattern.compile("^See (.+)$");

    private final SentenceAssembler assembler;

    public RecordText(SentenceAssembler assembler) {
        this.assembler = assembler;
    }

    /**
     * @param lines     the article's lines
     * @param firstLine the file's line number of the first of them, so that every sentence keeps its line
     */
    public Article read(ArticleSource source, List<String> lines, int firstLine) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> related = new ArrayList<>();
        Map<Integer, Reference> references = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = firstLine + i;
            String line = MojibakeRepair.repair(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher see = SEE_LINE.matcher(line);
            if (see.matches() && !line.endsWith(".")) {
                related.add(see.group(1).trim());
                continue;
            }
            RenderedText rendered = new RenderedText();
            Matcher marker = MARKER.matcher(line);
            int at = 0;
            while (marker.find()) {
                rendered.append(line.substring(at, marker.start()), lineNumber);
                int ordinal = Integer.parseInt(marker.group(1));
                rendered.mark(references.computeIfAbsent(ordinal, n -> Reference.ordinalOnly(n, lineNumber)));
                at = marker.end();
            }
            rendered.append(line.substring(at), lineNumber);
            sentences.addAll(assembler.assemble(rendered, BlockKind.PARAGRAPH, lineNumber).sentences());
        }
        Section whole = new Section(List.of(), Optional.empty(), 1, sentences, related, Set.of());
        return new Article(source, List.of(whole), Set.of());
    }
}
