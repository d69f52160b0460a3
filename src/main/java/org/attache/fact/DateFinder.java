package org.attache.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a sentence states: full dates in either order, month and year, ISO dates, bare years, decades and
 * relative dates ("50 years ago", read against the snapshot's year).
 */
final class DateFinder {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private enum Shape { DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO, MONTH_YEAR, DAY_MONTH, MONTH_DAY, RELATIVE, DECADE, YEAR }

    private record Rule(Shape shape, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Shape.DAY_MONTH_YEAR, Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b")),
            new Rule(Shape.MONTH_DAY_YEAR, Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b")),
            new Rule(Shape.ISO, Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")),
            new Rule(Shape.MONTH_YEAR, Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b")),
            new Rule(Shape.DAY_MONTH, Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "(?![\\w])")),
            new Rule(Shape.MONTH_DAY, Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})\\b(?!,?\\s*\\d)")),
            new Rule(Shape.RELATIVE, Pattern.compile("\\b(\\d{1,3})\\s+years\\s+ago\\b", Pattern.CASE_INSENSITIVE)),
            new Rule(Shape.DECADE, Pattern.compile("\\b(1[5-9]\\d0|20\\d0)s\\b")),
            new Rule(Shape.YEAR, Pattern.compile("(?<![\\d,.$])\\b(1[5-9]\\d\\d|20\\d\\d)\\b(?![,.]?\\d)")));

    private DateFinder() {
    }

    /** The dates in the sentence, left to right; {@code snapshotYear} anchors relative dates. */
    static List<DateMention> find(String sentence, int snapshotYear) {
        List<DateMention> found = new ArrayList<>();
        if (sentence.chars().noneMatch(Character::isDigit)) {
            return found; // every date shape has a digit
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                if (overlaps(found, m.start(), m.end())) {
                    continue;
                }
                found.add(new DateMention(toDate(rule.shape(), m, snapshotYear), m.start(), m.end()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static FactDate toDate(Shape shape, Matcher m, int snapshotYear) {
        String text = m.group().replaceAll("\\.$", "");
        return switch (shape) {
            case DAY_MONTH_YEAR -> date(text, m.group(3), month(m.group(2)), m.group(1), false);
            case MONTH_DAY_YEAR -> date(text, m.group(3), month(m.group(1)), m.group(2), false);
            case ISO -> date(text, m.group(1), Integer.parseInt(m.group(2)), m.group(3), false);
            case MONTH_YEAR -> date(text, m.group(2), month(m.group(1)), null, false);
            case DAY_MONTH -> new FactDate(text, OptionalInt.empty(), OptionalInt.of(month(m.group(2))),
                    OptionalInt.of(Integer.parseInt(m.group(1))), false);
            case MONTH_DAY -> new FactDate(text, OptionalInt.empty(), OptionalInt.of(month(m.group(1))),
                    OptionalInt.of(Integer.parseInt(m.group(2))), false);
            case RELATIVE -> new FactDate(text, OptionalInt.of(snapshotYear - Integer.parseInt(m.group(1))),
                    OptionalInt.empty(), OptionalInt.empty(), true);
            case DECADE -> date(text, m.group(1), 0, null, true);
            case YEAR -> date(text, m.group(1), 0, null, false);
        };
    }

    private static FactDate date(String text, String year, int month, String day, boolean approximate) {
        return new FactDate(text, OptionalInt.of(Integer.parseInt(year)),
                month == 0 ? OptionalInt.empty() : OptionalInt.of(month),
                day == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(day)), approximate);
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        return found.stream().anyMatch(d -> start < d.end() && d.start() < end);
    }
}
