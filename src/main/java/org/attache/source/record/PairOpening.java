package org.attache.source.record;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whom a paragraph is about when the source lost its heading and no hatnote says: the pair its first sentence
 * opens with, one of them the article's own country. "Belarus and Nepal established diplomatic relations …",
 * "Canada-Angola relations were established in 1978 …", "Armenian-Lebanese relations are very friendly." open a
 * section on that pair; its later sentences ("Relations were disrupted in 2012.") are about it.
 */
final class PairOpening {
    /** Words that may stand before the pair: "Both Belarus and Azerbaijan …", "The UK and Brunei …". */
    private static final Pattern LEAD = Pattern.compile("(?i)(both |the )?");
    /** "A–B relations", "A-B ties", "A and B …". */
    private static final Pattern DASHED = Pattern.compile("\\s?[\\-\u2013\u2014]\\s?");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+(the\\s+)?");
    private static final Pattern RELATIONS_WORD = Pattern.compile("\\s+(relations|relationship|ties)\\b.*",
            Pattern.DOTALL);

    private final Gazetteer gazetteer;

    PairOpening(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The pair's relations title ("Belarus–Nepal relations") when the sentence opens with the pair. */
    Optional<String> of(String firstSentence, String articleCountry) {
        Optional<Entity> own = gazetteer.country(articleCountry);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<Mention> named = gazetteer.find(firstSentence).stream().filter(m -> m.entity().isCountry()).toList();
        if (named.size() < 2) {
            return Optional.empty();
        }
        Mention first = named.get(0);
        // "Myanmar (formerly Burma) and North Korea": a former name in an aside is the first again
        Optional<Mention> other = named.stream().filter(m -> !m.entity().equals(first.entity())).findFirst();
        if (other.isEmpty()) {
            return Optional.empty();
        }
        Mention second = other.get();
        String lead = firstSentence.substring(0, first.start());
        String between = firstSentence.substring(first.end(), second.start());
        // "Myanmar (formerly Burma) and North Korea …": an aside after the first name
        String joined = between.replaceFirst("^\\s*\\([^)]*\\)", "");
        boolean opens = LEAD.matcher(lead).matches()
                && (DASHED.matcher(joined).matches() && RELATIONS_WORD.matcher(firstSentence.substring(second.end()))
                .matches() || AND.matcher(joined).matches());
        if (!opens) {
            // "The Rangoon bombing … was a turning point in Myanmar–North Korea relations.": the pair's relations
            // named as such anywhere in the opening sentence are what the paragraph is about
            return dashedPair(firstSentence, named).filter(pair -> pair.contains(own.get()))
                    .map(pair -> title(pair.get(0), pair.get(1)));
        }
        if (!first.entity().equals(own.get()) && !second.entity().equals(own.get())) {
            return Optional.empty();
        }
        return Optional.of(title(first.entity(), second.entity()));
    }

    private static String title(Entity first, Entity second) {
        return first.name() + "\u2013" + second.name() + " relations";
    }

    /** The first two countries joined by a dash before "relations" or "ties": "Myanmar–North Korea relations". */
    private static Optional<List<Entity>> dashedPair(String sentence, List<Mention> named) {
        for (int n = 0; n + 1 < named.size(); n++) {
            Mention left = named.get(n);
            Mention right = named.get(n + 1);
            if (left.end() <= right.start() && !left.entity().equals(right.entity())
                    && DASHED.matcher(sentence.substring(left.end(), right.start())).matches()
                    && RELATIONS_WORD.matcher(sentence.substring(right.end())).matches()) {
                return Optional.of(List.of(left.entity(), right.entity()));
            }
        }
        return Optional.empty();
    }
}
