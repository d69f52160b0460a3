package org.attache.source.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.attache.source.ProblemLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a dataset CSV: RFC 4180, a header naming {@code id}, {@code title} and {@code text}, one article a
 * row, {@code text} quoted and running over many lines. Parsed by Jackson's CSV module; each row keeps the file line
 * it starts on and the line its text starts on, so that every sentence can be cited by file and line. A bad row
 * (too few fields, no text, a text too long to be an article, an id seen before) is reported and left out; the
 * others are kept.
 */
public final class DatasetCsv {
    /**
     * The longest text taken as one article: the longest "Foreign relations of" articles run to a few hundred
     * thousand characters, so ten times the longest of the 2019 dump is room enough; more is not an article.
     */
    public static final int MAX_TEXT_CHARS = 2_000_000;
    static final List<String> COLUMNS = List.of("id", "title", "text");
    /**
     * Where a row begins: an id of digits and a title without spaces, as the dataset writes them. Used only to carry
     * on after a row Jackson cannot parse (an unclosed quote swallows the rows after it): reading resumes at the next
     * line shaped like a row's start, so one broken row costs only itself.
     */
    private static final Pattern ROW_START = Pattern.compile("(?m)^\\d+,[^\\s,\"]+,");
    private static final CsvMapper CSV = new CsvMapper();

    /** One article's row. */
    public record Row(String id, String title, String text, int line, int textLine) {
    }

    private final String file;
    private final ProblemLog problems;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private Map<String, Integer> columns = Map.of();

    private DatasetCsv(String file, ProblemLog problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The rows of the file's text; problems are reported against {@code file}. */
    public static List<Row> read(String content, String file, ProblemLog problems) {
        DatasetCsv csv = new DatasetCsv(file, problems);
        csv.parse(content.replace("\r\n", "\n"));
        return List.copyOf(csv.rows);
    }

    private void parse(String content) {
        int offset = 0;
        int lineBase = 0;
        while (offset < content.length()) {
            String rest = content.substring(offset);
            int resumeAt = parseFrom(rest, lineBase);
            if (resumeAt < 0) {
                return;
            }
            lineBase += lineCount(rest, resumeAt);
            offset += resumeAt;
        }
    }

    /**
     * Parses rows until the end or the first row Jackson refuses.
     *
     * @return where to resume in {@code text} after a refused row, or -1 when the text is done
     */
    private int parseFrom(String text, int lineBase) {
        int rowStart = 0;
        int rowLine = lineBase + 1;
        try (CsvParser parser = CSV.getFactory().createParser(text)) {
            // without a schema every record comes as an array of strings; the wrapping array around them all is
            // told apart by holding no values of its own
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> values = new ArrayList<>();
            List<Integer> valueLines = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    if (values.isEmpty()) {
                        rowStart = (int) parser.currentTokenLocation().getCharOffset();
                        rowLine = lineBase + parser.currentTokenLocation().getLineNr();
                    }
                    values.add(parser.getText());
                    valueLines.add(lineBase + parser.currentTokenLocation().getLineNr());
                } else if (token == JsonToken.END_ARRAY && !values.isEmpty()) {
                    if (!row(values, valueLines, rowLine)) {
                        return -1;
                    }
                    values.clear();
                    valueLines.clear();
                }
            }
            return -1;
        } catch (JsonProcessingException e) {
            int resume = nextRowStart(text, Math.max(rowStart, 0) + 1);
            problems.report(file, rowLine, "this row cannot be read as CSV (" + firstLine(e.getOriginalMessage())
                    + "; an unclosed quote?): left out" + (resume < 0 ? ", and nothing after it could be read" : ""));
            return resume;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes one row; false when the header is wrong and nothing more can be read. */
    private boolean row(List<String> values, List<Integer> valueLines, int line) {
        if (columns.isEmpty()) {
            return header(values, line);
        }
        if (values.size() == 1 && values.get(0).isBlank()) {
            return true;
        }
        if (values.size() <= Collections.max(columns.values())) {
            problems.report(file, line, "this row has " + values.size() + " field(s), too few for the columns"
                    + " " + String.join(",", columns.keySet()) + ": left out");
            return true;
        }
        String id = values.get(columns.get("id")).strip();
        String title = values.get(columns.get("title")).strip();
        String text = values.get(columns.get("text"));
        int textLine = valueLines.get(columns.get("text"));
        Integer seen = idLines.putIfAbsent(id, line);
        if (id.isEmpty() || title.isEmpty()) {
            problems.report(file, line, "this row has no " + (id.isEmpty() ? "id" : "title") + ": left out");
        } else if (seen != null) {
            problems.report(file, line, "id " + id + " was already used on line " + seen + ": this row is left out");
        } else if (text.isBlank()) {
            problems.report(file, line, "the article " + title + " has an empty text: left out");
        } else if (text.length() > MAX_TEXT_CHARS) {
            problems.report(file, textLine, String.format(Locale.ROOT, "the text of %s has %,d characters, more than"
                    + " the %,d an article can have: left out", title, text.length(), MAX_TEXT_CHARS));
        } else {
            rows.add(new Row(id, title, text, line, textLine));
        }
        return true;
    }

    private boolean header(List<String> values, int line) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            found.putIfAbsent(values.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!found.keySet().containsAll(COLUMNS)) {
            problems.report(file, line, "expected a header row naming the columns id,title,text but found '"
                    + String.join(",", values) + "': nothing in this file is read");
            return false;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        COLUMNS.forEach(c -> columns.put(c, found.get(c)));
        this.columns = columns;
        return true;
    }

    private static int nextRowStart(String text, int from) {
        Matcher start = ROW_START.matcher(text);
        return from < text.length() && start.find(from) ? start.start() : -1;
    }

    private static int lineCount(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String firstLine(String message) {
        return message == null ? "malformed" : message.lines().findFirst().orElse("malformed");
    }
}
