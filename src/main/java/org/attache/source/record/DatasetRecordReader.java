package org.attache.source.record;

import org.attache.article.Article;
import org.attache.article.ArticleSource;
import org.attache.article.BlockKind;
import org.attache.article.Reference;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.source.ArticleReader;
import org.attache.source.MojibakeRepair;
import org.attache.source.ProblemLog;
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
 * Reads one record of a scraped article dataset: line 1 {@code id,}, line 2 the title with its spaces removed and a
 * comma, then one paragraph per line of plain text. Sections and links were lost by the scraper; references survive
 * only as {@code [n]} markers, kept as numbered references with no address. Text decoded with the wrong charset is
 * repaired. A line "See X" (what remained of a "main article" link) becomes a related article.
 */
public final class DatasetRecordReader implements ArticleReader {
    private static final Pattern ID_LINE = Pattern.compile("^\\s*(\\d+)\\s*,\\s*$");
    private static final Pattern TITLE_LINE = Pattern.compile("^\\s*([^,]+?)\\s*,\\s*$");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Pattern SEE_LINE = Pattern.compile("^See (.+)$");

    private final SentenceAssembler assembler;

    public DatasetRecordReader(SentenceAssembler assembler) {
        this.assembler = assembler;
    }

    @Override
    public Article read(ArticleSource source, String text, ProblemLog problems) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        checkHeader(source, lines, problems);
        List<Sentence> sentences = new ArrayList<>();
        List<String> related = new ArrayList<>();
        Map<Integer, Reference> references = new HashMap<>();
        for (int i = 2; i < lines.length; i++) {
            String line = MojibakeRepair.repair(lines[i]).strip();
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
                rendered.append(line.substring(at, marker.start()), i + 1);
                int ordinal = Integer.parseInt(marker.group(1));
                int lineNumber = i + 1;
                rendered.mark(references.computeIfAbsent(ordinal, n -> Reference.ordinalOnly(n, lineNumber)));
                at = marker.end();
            }
            rendered.append(line.substring(at), i + 1);
            sentences.addAll(assembler.assemble(rendered, BlockKind.PARAGRAPH, i + 1).sentences());
        }
        Section whole = new Section(List.of(), Optional.empty(), 1, sentences, related, Set.of());
        return new Article(source, List.of(whole), Set.of());
    }

    private static void checkHeader(ArticleSource source, String[] lines, ProblemLog problems) {
        if (lines.length < 3) {
            problems.report(source.file(), lines.length, "a dataset record needs an id line, a title line and text;"
                    + " this one has " + lines.length + " line(s)");
            return;
        }
        if (!ID_LINE.matcher(lines[0]).matches()) {
            problems.report(source.file(), 1, "expected the record id as 'digits,' but found '" + lines[0].strip() + "'");
        }
        Matcher title = TITLE_LINE.matcher(lines[1]);
        String expected = source.title().replaceAll("\\s+", "");
        if (!title.matches() || !title.group(1).equalsIgnoreCase(expected)) {
            problems.report(source.file(), 2, "expected the title line '" + expected + ",' (the manifest's title"
                    + " without spaces) but found '" + lines[1].strip() + "'");
        }
    }
}
