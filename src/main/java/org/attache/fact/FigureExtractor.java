package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures: diaspora and community sizes ("300,000 Salvadorans who had emigrated to Honduras"), trade values
 * ("about US$15 million"), credit lines ("an $80 million line of credit"), troop rotations ("10 rotations of
 * troops") and visitors. A number counts only when the words around it say which of these it is; years, dates,
 * ordinals and measures such as "100-hour" are not figures.
 */
final class FigureExtractor implements FactExtractor {
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:(?:about|approximately|an estimated|estimated|more than|over|nearly|some|around)\\s+)?"
                    + "(?:US\\$|\\$|€|£)?\\d[\\d,.]*(?:\\s?[-–]\\s?\\d[\\d,.]*)?(?:\\s(?:million|billion|thousand))?",
            Pattern.CASE_INSENSITIVE);
    /** Words without which no figure kind can be told (see kind()). */
    private static final Pattern KIND_CUES = Pattern.compile(
            "credit|loan|trade|troop|soldier|visit|liv|resid|emigrat|immigrat|settl|home|communit|diaspora");
    private static final Pattern CITIZENS = Pattern.compile("\\s+(citizens|nationals|residents|expatriates)\\b");
    private static final Pattern PEOPLE_VERBS = Pattern.compile("\\b(liv|resid|emigrat|immigrat|settl|home)\\w*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public boolean mayApply(String lowerCaseText) {
        return lowerCaseText.chars().anyMatch(Character::isDigit) && KIND_CUES.matcher(lowerCaseText).find();
    }

    /** The first token of each amount that counts as a figure. */
    @Override
    public List<Integer> triggers(SentenceContext s) {
        List<Integer> tokens = new ArrayList<>();
        Matcher m = AMOUNT.matcher(s.text());
        while (m.find()) {
            int token = s.tokens().tokenAt(m.start());
            if (token >= 0 && isFigure(s, m)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    @Override
    public List<Fact> extract(SentenceContext s) {
        String text = s.text();
        Map<String, Fact> facts = new LinkedHashMap<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            if (!isFigure(s, m)) {
                continue;
            }
            String amount = m.group().trim().replaceAll("[,.]+$", "");
            boolean money = amount.matches("(?i).*(\\$|€|£).*");
            String window = window(text, m.start(), m.end()).toLowerCase(Locale.ROOT);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 50));
            Optional<FigureKind> kind = kind(after.toLowerCase(Locale.ROOT), money, after)
                    .or(() -> kind(window, money, after));
            if (kind.isEmpty()) {
                continue;
            }
            Entity subject = s.articleCountry();
            List<Entity> counterparts = s.counterparts();
            String what = kind.get().label();
            if (kind.get().countsPeople()) {
                Optional<Mention> people = nearestDemonym(s, m.start(), m.end());
                if (people.isEmpty()) {
                    continue;
                }
                subject = people.get().entity();
                Optional<Entity> where = residence(s, people.get());
                if (where.isEmpty()) {
                    continue;
                }
                counterparts = List.of(where.get());
                what = (people.get().form() == MentionForm.DEMONYM ? people.get().text(text)
                        : people.get().entity().name() + " citizens") + (kind.get() == FigureKind.DIASPORA ? " in " : " visiting ")
                        + where.get().name();
            } else if (kind.get() == FigureKind.TROOPS) {
                what = text.substring(m.end()).trim().split("[.,;]")[0].replaceAll("\\s+to\\s.*$", "").trim();
            }
            for (Entity counterpart : counterparts) {
                if (counterpart.equals(subject)) {
                    continue;
                }
                String statement = kind.get().countsPeople()
                        ? what + ": " + amount
                        : subject.name() + " and " + counterpart.name() + ", " + kind.get().label() + ": " + amount
                        + (kind.get() == FigureKind.TROOPS ? " " + what : "");
                facts.putIfAbsent(kind.get() + amount + counterpart.id(), s.fact(kind.get(),
                        subject, counterpart, Optional.of(amount), s.dateNear(Math.max(0, s.tokens().tokenAt(m.start()))), statement));
            }
        }
        return List.copyOf(facts.values());
    }

    /** Not a date, year, ordinal or compound measure, and with a digit that is not part of a name. */
    private static boolean isFigure(SentenceContext s, Matcher m) {
        String text = s.text();
        int digit = firstDigit(m.group()) + m.start();
        boolean inDate = s.dates().stream().anyMatch(d -> digit >= d.start() && digit < d.end());
        boolean compound = m.end() < text.length() && (text.charAt(m.end()) == '-' || Character.isLetter(text.charAt(m.end())));
        String bare = m.group().replaceAll("(?i)^(about|approximately|an estimated|estimated|more than|over|nearly|some|around)\\s+", "");
        boolean year = bare.matches("(1[5-9]\\d\\d|20\\d\\d)");
        return !inDate && !compound && !year;
    }

    private static Optional<FigureKind> kind(String window, boolean money, String after) {
        if (money && (window.contains("credit") || window.contains("loan"))) {
            return Optional.of(FigureKind.CREDIT_LINE);
        }
        if (money && window.contains("trade")) {
            return Optional.of(FigureKind.TRADE);
        }
        if (after.matches("(?s)\\s+(rotations? of )?(troops|soldiers)\\b.*")) {
            return Optional.of(FigureKind.TROOPS);
        }
        if (window.contains("visiting") || window.contains("visitors")) {
            return Optional.of(FigureKind.VISITORS);
        }
        if (PEOPLE_VERBS.matcher(window).find() || window.contains("community") || window.contains("diaspora")) {
            return Optional.of(FigureKind.DIASPORA);
        }
        return Optional.empty();
    }

    /** The words near a figure: from the start of its clause to a few words after. */
    private static String window(String text, int start, int end) {
        int from = Math.max(0, start - 80);
        int to = Math.min(text.length(), end + 60);
        return text.substring(from, to);
    }

    /** Who the figure counts: a demonym ("Salvadorans"), or a country before "citizens" ("U.S. citizens"). */
    private static Optional<Mention> nearestDemonym(SentenceContext s, int start, int end) {
        String text = s.text();
        return s.mentions().stream()
                .filter(m -> m.entity().isCountry() && (m.form() == MentionForm.DEMONYM
                        || CITIZENS.matcher(text.substring(m.end())).lookingAt()))
                .filter(m -> Math.abs(m.start() - end) < 80 || Math.abs(start - m.end()) < 80)
                .min((a, b) -> Integer.compare(distance(a, start, end), distance(b, start, end)));
    }

    /** Where the people live: the first country named after the demonym that is not their own. */
    private static Optional<Entity> residence(SentenceContext s, Mention people) {
        List<Mention> after = new ArrayList<>(s.countriesNamed().stream()
                .filter(m -> m.start() > people.end() && !m.entity().equals(people.entity())).toList());
        return after.stream().findFirst().map(Mention::entity);
    }

    private static int distance(Mention m, int start, int end) {
        return m.start() >= end ? m.start() - end : Math.max(0, start - m.end());
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }
}
