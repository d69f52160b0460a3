package org.attache.answer;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;
import org.attache.understand.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence that says no to a yes/no question: it names the question's parties, and a negation stands just before
 * a word of what is asked ("has not yet established diplomatic relations with Cyprus", "chose not to join the
 * Central American Parliament", "is one of only two nations in Africa not to have yet recognized it"), said of the
 * question's first party. The question's words and the words of its subject (relations, missions, memberships,
 * recognition) are searched for, since "relations" or "diplomatic" are words no other search weighs.
 */
final class Denial {
    /** How many of the best sentences are read for a denial. */
    private static final int READ = 8;
    /** Words of the question that say what is asked, though too common to search on their own. */
    private static final Set<String> SUBJECT_WORDS = Set.of("diplomatic", "relations", "relation", "ties");
    /** A question that asks whether something still stands: an undoing ("withdrew", "closed") answers it. */
    private static final Pattern STILL = Pattern.compile("(?i)\\b(still|currently|now|any ?more|any longer|today)\\b");
    /** Verbs that undo what they govern: a later event than the standing one. */
    static final Pattern UNDOING = Pattern.compile("(?i)\\b(withdrew|withdrawn|left|closed|shut|severed|broke|"
            + "suspended|expelled|quit|no longer)\\b");

    /** The undoing verbs, as words to search for. */
    private static final List<String> UNDOING_WORDS = List.of("withdrew", "left", "closed", "severed", "broke",
            "suspended", "expelled", "quit");

    /** The words a sentence on a subject may use, whole, for the search (its stemmer reads no stems). */
    private static final java.util.Map<String, List<String>> SEARCHED_FOR = java.util.Map.of(
            "embass", List.of("embassy", "represented", "representation", "accredited"),
            "consul", List.of("consulate", "represented", "representation"),
            "member", List.of("member", "join", "joined", "participant"),
            "recogni", List.of("recognize", "recognized", "recognition"),
            "relation", List.of("relations", "ties"),
            "ties", List.of("relations", "ties"));

    private final SentenceIndex index;
    private final Gazetteer gazetteer;

    Denial(SentenceIndex index, Gazetteer gazetteer) {
        this.index = index;
        this.gazetteer = gazetteer;
    }

    /** True when the question asks whether something still stands ("Is Cyprus still a member of …"). */
    static boolean asksWhetherStill(Query query) {
        return STILL.matcher(query.text()).find();
    }

    /** The best sentence that denies what the question asks, of its first party. */
    Optional<IndexedSentence> of(Query query) {
        return all(query).stream().findFirst();
    }

    /**
     * The sentences that deny what the question asks, of its first party, best first, the best of each article
     * only: "Sweden closed its embassy in Dublin" in both Sweden's and Ireland's articles is one answer with two
     * citations.
     */
    List<IndexedSentence> all(Query query) {
        if (query.entities().isEmpty()) {
            return List.of();
        }
        List<String> searched = searchedWords(query);
        if (searched.isEmpty()) {
            return List.of();
        }
        // what a negation may stand before: the question's words and those a sentence on its subject uses
        List<String> denied = new ArrayList<>(searched);
        SentenceFit.subjectStems(query.text()).stream().filter(s -> !denied.contains(s)).forEach(denied::add);
        boolean mutual = query.says("relation") || query.says("ties");
        List<String> wordsOfTheSubject = new ArrayList<>(searched);
        SEARCHED_FOR.forEach((stem, words) -> {
            if (searched.stream().anyMatch(w -> w.startsWith(stem)) || query.says(stem)) {
                wordsOfTheSubject.addAll(words);
            }
        });
        // "In 1962, Cuba was expelled from the Organization of American States" holds no word of the subject
        wordsOfTheSubject.addAll(UNDOING_WORDS);
        List<IndexedSentence> found = new ArrayList<>();
        for (SentenceIndex.Hit hit : index.search(query.entities(), wordsOfTheSubject, Set.of(), READ)) {
            String text = hit.sentence().sentence().text();
            java.util.OptionalInt at = SentenceFit.denial(denied, text);
            if (at.isEmpty()) {
                at = undone(query, text);
            }
            if (at.isEmpty() && query.intent() == org.attache.understand.Intent.MEMBERSHIPS) {
                at = onlyPartly(query, text);
            }
            boolean newArticle = found.stream().noneMatch(f -> f.article().title().equals(hit.sentence().article()
                    .title()));
            if (at.isPresent() && newArticle && saidOfTheFirstParty(query, hit.sentence(), text, at.getAsInt(),
                    mutual)) {
                found.add(hit.sentence());
            }
        }
        return List.copyOf(found);
    }

    /** The question's words, with "relations", "ties" and "diplomatic", which the question reader sets aside. */
    private static List<String> searchedWords(Query query) {
        List<String> words = new ArrayList<>(query.words());
        // "Is Ireland in NATO?" asks of membership in no word of its own: the intent says what is asked
        switch (query.intent()) {
            case MEMBERSHIPS -> words.add("member");
            case MISSIONS -> words.add("embassy");
            case RELATIONS_START, RELATIONS_STATUS -> {
                // "Does South Korea recognise the State of Palestine?" is not denied by relations not established
                if (!org.attache.fact.RelationEventKind.RECOGNISED.namedBy(query::mentions)) {
                    words.add("relations");
                }
            }
            default -> { }
        }
        for (String word : query.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (SUBJECT_WORDS.contains(word) && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * "Cyprus withdrew from the Non-Aligned Movement": an undoing verb with the question's other party named within
     * the next three words.
     */
    private java.util.OptionalInt undone(Query query, String text) {
        List<Entity> others = query.entities().subList(1, query.entities().size());
        List<Mention> named = gazetteer.find(text).stream().filter(m -> others.contains(m.entity())).toList();
        java.util.regex.Matcher undoing = UNDOING.matcher(text);
        while (undoing.find()) {
            int end = undoing.end();
            boolean near = named.stream().anyMatch(m -> m.start() >= end
                    && text.substring(end, m.start()).trim().split("\\s+").length <= 3);
            if (near) {
                return java.util.OptionalInt.of(undoing.start());
            }
        }
        return java.util.OptionalInt.empty();
    }

    /**
     * "Turkey is a member of NATO while Georgia is a candidate": the first party named with a status short of
     * membership (candidate, observer, applicant) answers a question on its membership no.
     */
    private java.util.OptionalInt onlyPartly(Query query, String text) {
        Entity first = query.entities().get(0);
        for (Mention m : gazetteer.find(text)) {
            if (m.entity().equals(first) && PARTLY.matcher(text.substring(m.end())).lookingAt()) {
                return java.util.OptionalInt.of(m.end());
            }
        }
        return java.util.OptionalInt.empty();
    }

    private static final Pattern PARTLY = Pattern.compile(
            "(?i)\\s+(is|was|remains|has been)\\s+(only\\s+)?(a|an)\\s+(candidate|observer|applicant|aspiring)\\b");

    /**
     * The denial speaks of the question's first party: it is the last country named before the negation
     * ("Pakistan has an embassy in Phnom Penh although Cambodia doesn't …"), or, with none named before it, the
     * country of the sentence's article; for relations, which are had both ways, either party, or none named
     * before ("There is no diplomatic relation between Cuba and South Korea").
     */
    private boolean saidOfTheFirstParty(Query query, IndexedSentence hit, String text, int negation,
                                        boolean mutual) {
        List<Entity> parties = mutual ? query.entities() : List.of(query.entities().get(0));
        List<Mention> before = gazetteer.find(text).stream()
                .filter(m -> m.entity().isCountry() && m.end() <= negation).toList();
        if (before.isEmpty()) {
            return mutual || gazetteer.country(hit.article().source().country()).filter(parties::contains).isPresent();
        }
        // "Japan, along with South Korea, Taiwan, France and the United States, is one of the few countries that has
        // no relations with the DPRK": the countries of the aside go along with the one it follows
        Mention first = before.get(0);
        if (parties.contains(first.entity()) && ALONG_WITH.matcher(text).region(first.end(), negation).lookingAt()) {
            return true;
        }
        return parties.contains(before.get(before.size() - 1).entity());
    }

    private static final Pattern ALONG_WITH = Pattern.compile("(?i),\\s*(along|together)\\s+with\\b");
}
