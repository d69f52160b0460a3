package org.attache.answer;

import org.attache.fact.Fact;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a yes/no question about missions asks about that the missions chosen to answer it do not hold: "Does Russia
 * have a consulate in Lappeenranta?" is not answered yes by Russia's consulates in Turku and Mariehamn, read from the
 * sentence that names Lappeenranta. A name is a capitalised word
 * after the first that no country, organisation or city of the gazetteer covers; it is held when a fact's statement
 * or name contains it.
 */
final class NamesUnanswered {
    private static final Pattern NAME = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+)");

    private NamesUnanswered() {
    }

    static List<String> in(String question, Gazetteer gazetteer, List<Fact> facts) {
        List<Mention> mentions = gazetteer.find(question);
        List<String> missing = new ArrayList<>();
        Matcher m = NAME.matcher(question);
        while (m.find()) {
            int start = m.start(1);
            if (question.substring(0, start).isBlank() || mentions.stream().anyMatch(x -> x.start() <= start
                    && start < x.end())) {
                continue;
            }
            String word = m.group(1).replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
            boolean held = facts.stream().anyMatch(f -> f.statement().toLowerCase(Locale.ROOT).contains(word)
                    || f.name().map(n -> n.toLowerCase(Locale.ROOT).contains(word)).orElse(false));
            if (!held) {
                missing.add(m.group(1));
            }
        }
        return missing;
    }
}
