package org.attache.source.record;

import org.attache.article.Article;
import org.attache.article.ArticleSource;
import org.attache.gazetteer.Gazetteer;
import org.attache.source.ArticleReader;
import org.attache.source.ProblemLog;
import org.attache.source.SentenceAssembler;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one record of a scraped article dataset: line 1 {@code id,}, line 2 the title with its spaces removed and a
 * comma, then one paragraph per line of plain text. Sections and links were lost by the scraper; references survive
 * only as {@code [n]} markers (see {@link RecordText} for how the text is read).
 */
public final class DatasetRecordReader implements ArticleReader {
    private static final Pattern ID_LINE = Pattern.compile("^\\s*(\\d+)\\s*,\\s*$");
    private static final Pattern TITLE_LINE = Pattern.compile("^\\s*([^,]+?)\\s*,\\s*$");

    private final RecordText body;

    public DatasetRecordReader(SentenceAssembler assembler, Gazetteer gazetteer) {
        this.body = new RecordText(assembler, gazetteer);
    }

    @Override
    public Article read(ArticleSource source, String text, ProblemLog problems) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        checkHeader(source, lines, problems);
        return body.read(source, lines.subList(Math.min(2, lines.size()), lines.size()), 3);
    }

    private static void checkHeader(ArticleSource source, List<String> lines, ProblemLog problems) {
        if (lines.size() < 3) {
            problems.report(source.file(), lines.size(), "a dataset record needs an id line, a title line and text;"
                    + " this one has " + lines.size() + " line(s)");
            return;
        }
        if (!ID_LINE.matcher(lines.get(0)).matches()) {
            problems.report(source.file(), 1, "expected the record id as 'digits,' but found '" + lines.get(0).strip() + "'");
        }
        Matcher title = TITLE_LINE.matcher(lines.get(1));
        String expected = source.title().replaceAll("\\s+", "");
        if (!title.matches() || !title.group(1).equalsIgnoreCase(expected)) {
            problems.report(source.file(), 2, "expected the title line '" + expected + ",' (the manifest's title"
                    + " without spaces) but found '" + lines.get(1).strip() + "'");
        }
    }
}
