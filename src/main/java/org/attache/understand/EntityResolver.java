package org.attache.understand;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a question names: exact names, abbreviations and demonyms through the gazetteer, then misspelt names
 * among the words left over ("el salvdor and mexcio"). What remains are the question's content words.
 */
public final class EntityResolver {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    /** Words that never start or end a name, nor carry the question's meaning. */
    private static final Set<String> STOP_WORDS = stopWords();
    private static final int LONGEST_NAME_IN_WORDS = 4;

    /** A resolved entity and how it was named. */
    public record Resolved(List<Entity> entities, List<MentionForm> forms, List<String> words) {
    }

    private final Gazetteer gazetteer;
    private final Predicate<String> ordinaryWord;

    /** A resolver that takes any single word near a name for a misspelling of it. */
    public EntityResolver(Gazetteer gazetteer) {
        this(gazetteer, word -> false);
    }

    /**
     * @param ordinaryWord whether a lower-case word is one the articles use: such a word is never read as a misspelt
     *                     name ("when did relations begin" names no Benin)
     */
    public EntityResolver(Gazetteer gazetteer, Predicate<String> ordinaryWord) {
        this.gazetteer = gazetteer;
        this.ordinaryWord = ordinaryWord;
    }

    /** The same resolver, with the words that are never misspelt names. */
    public EntityResolver withOrdinaryWords(Predicate<String> ordinaryWord) {
        return new EntityResolver(gazetteer, ordinaryWord);
    }

    /** Everything the question names, exact or misspelt, left to right. */
    public List<Mention> mentions(String question) {
        return scan(question).mentions();
    }

    public Resolved resolve(String question) {
        Scan scan = scan(question);
        List<Entity> entities = new ArrayList<>();
        List<MentionForm> forms = new ArrayList<>();
        for (Mention mention : scan.mentions()) {
            if (!entities.contains(mention.entity())) {
                entities.add(mention.entity());
                forms.add(mention.form());
            }
        }
        List<String> content = new ArrayList<>();
        for (int w = 0; w < scan.words().size(); w++) {
            int[] span = scan.words().get(w);
            String word = question.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
            if (!scan.covered()[w] && !STOP_WORDS.contains(word)) {
                content.add(word);
            }
        }
        return new Resolved(entities, forms, content);
    }

    private record Scan(List<Mention> mentions, List<int[]> words, boolean[] covered) {
    }

    private Scan scan(String question) {
        List<Mention> exact = gazetteer.find(question);
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            String word = m.group().replaceAll("[.'’-]+$", "");
            words.add(new int[] {m.start(), m.start() + word.length()});
        }
        boolean[] covered = new boolean[words.size()];
        for (int w = 0; w < words.size(); w++) {
            for (Mention mention : exact) {
                covered[w] |= words.get(w)[0] < mention.end() && mention.start() < words.get(w)[1];
            }
        }
        List<Mention> found = new ArrayList<>(exact);
        for (int size = LONGEST_NAME_IN_WORDS; size >= 1; size--) {
            for (int from = 0; from + size <= words.size(); from++) {
                if (size == 1 && free(covered, from, 1) && from > 0 && isStop(question, words.get(from))
                        && question.substring(words.get(from - 1)[0], words.get(from - 1)[1]).equalsIgnoreCase("the")) {
                    // "live in the us": after "the", a stop word that is an abbreviation names the country
                    int[] word = words.get(from);
                    var named = gazetteer.abbreviation(question.substring(word[0], word[1]));
                    if (named.isPresent()) {
                        found.add(new Mention(named.get().entity(), word[0], word[1], named.get().form()));
                        covered[from] = true;
                    }
                    continue;
                }
                if (!free(covered, from, size) || isStop(question, words.get(from))
                        || isStop(question, words.get(from + size - 1))) {
                    continue;
                }
                int start = words.get(from)[0];
                int end = words.get(from + size - 1)[1];
                String phrase = question.substring(start, end);
                var near = size == 1 ? gazetteer.abbreviation(phrase).or(() -> ordinaryWord.test(
                        phrase.toLowerCase(Locale.ROOT)) ? Optional.empty() : gazetteer.closest(phrase))
                        : gazetteer.closest(phrase);
                if (near.isPresent()) {
                    found.add(new Mention(near.get().entity(), start, end, near.get().form()));
                    for (int k = from; k < from + size; k++) {
                        covered[k] = true;
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return new Scan(found, words, covered);
    }

    private static boolean free(boolean[] covered, int from, int size) {
        for (int k = from; k < from + size; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStop(String question, int[] word) {
        return STOP_WORDS.contains(question.substring(word[0], word[1]).toLowerCase(Locale.ROOT));
    }

    private static Set<String> stopWords() {
        Set<String> words = new java.util.HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        words.addAll(Set.of("what", "when", "where", "which", "who", "whom", "why", "how", "did", "does", "do",
                "has", "have", "had", "is", "are", "was", "were", "can", "could", "would", "should", "tell", "me",
                "about", "between", "you", "your", "i", "its", "it's", "their", "from", "since", "year", "still",
                "ever", "any", "many", "much", "please", "know", "give", "list", "show", "both", "s", "us", "we", "our",
                "my", "he", "she", "his", "him", "her", "may", "might", "must", "shall", "also", "new", "one", "today",
                "now", "currently", "again", "really", "nowadays", "like", "country", "countries", "nation", "nations",
                // particles of phrasal verbs: "break off", "set up", "cut off" say no more than the verb
                "off", "up", "out", "over",
                // the frame of the question, not its content: "how far back do ties go", "what happened"
                "far", "go", "goes", "happen", "happened", "happens",
                // every sentence of every article is about relations: these words tell no sentence from another
                "relations", "relation", "relationship", "relationships", "ties", "diplomatic", "foreign"));
        return Set.copyOf(words);
    }
}
