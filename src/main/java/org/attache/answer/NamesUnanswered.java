package org.attache.answer;

import org.attache.fact.Fact;
import org.attache.gazetteer.Gazetteer;
import org.attache.understand.UnknownNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names a yes/no question about missions asks about that the missions chosen to answer it do not hold: "Does Russia
 * have a consulate in Lappeenranta?" is not answered yes by Russia's consulates in Turku and Mariehamn, read from the
 * sentence that names Lappeenranta. A name is a capitalised word
 * after the first that no country, organisation or city of the gazetteer covers; it is held when a fact's statement
 * or name contains it.
 */
final class NamesUnanswered {
    private NamesUnanswered() {
    }

    static List<String> in(String question, Gazetteer gazetteer, List<Fact> facts) {
        List<String> missing = new ArrayList<>();
        for (String name : UnknownNames.beyondTheGazetteer(question, gazetteer)) {
            String word = name.replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
            boolean held = facts.stream().anyMatch(f -> f.statement().toLowerCase(Locale.ROOT).contains(word)
                    || f.name().map(n -> n.toLowerCase(Locale.ROOT).contains(word)).orElse(false));
            if (!held) {
                missing.add(name);
            }
        }
        return missing;
    }
}
