package org.attache.answer;

import org.attache.fact.RelationEventKind;
import org.attache.gazetteer.Gazetteer;
import org.attache.understand.Intent;
import org.attache.understand.Query;
import org.attache.understand.QuestionForm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "What are relations between Hungary and the UK like?", "Are Finnish-Russian relations friendly?": the quality of
 * relations is no typed fact; the answer is the sentence that names both states and says how their relations are
 * ("Hungary and the U.K. enjoy friendly relations"). A yes/no question is answered yes only when that sentence uses
 * the very word asked, unnegated; otherwise the sentence is quoted without a verdict.
 */
final class RelationsQuality {
    /** Words that say how relations are. */
    static final Set<String> QUALITIES = Set.of("friendly", "close", "closer", "cordial", "warm", "good", "strong",
            "excellent", "positive", "amicable", "tense", "strained", "cold", "bad", "poor", "hostile", "difficult",
            "troubled", "peaceful", "fraternal", "stable", "cooperative", "deep", "sour", "frosty", "brotherly",
            "extensive", "solid", "normal", "uneasy", "cool", "icy", "warmer", "friendlier", "deteriorated",
            "worsened", "improved", "cooled", "soured");
    /** Qualities that tell a change: the sentence that says how relations went after they were otherwise. */
    private static final Set<String> CHANGES = Set.of("deteriorated", "worsened", "improved", "cooled", "soured");
    /** Words that say a quality has ended: "used to maintain close ties" says they are close no more. */
    private static final List<String> ENDED = List.of("used to", "formerly", "no longer");
    private static final Set<String> ASKING = Set.of("like", "describe", "described", "characterise", "characterize",
            "nature", "state", "quality");

    /** "How are relations between …", "How were Greek-Lebanese relations …": how relations stand. */
    private static final java.util.regex.Pattern HOW_ARE = java.util.regex.Pattern.compile(
            "(?i)\\s*how\\s+(are|were|is|have|has)\\b");
    /** Questions that ask who, when, where, which or why: not how relations are. */
    private static final Set<String> WH_OTHER = Set.of("who", "whom", "which", "when", "where", "why", "whose");
    /** Words that put the quality in the past: "used to maintain close ties". */
    private static final List<String> PAST = List.of("used to", "formerly", "previously", "once ", "no longer",
            "until ");

    private RelationsQuality() {
    }

    /** True for a question about how relations are, rather than about an event of them. */
    static boolean asked(Query query) {
        boolean aboutEvent = Arrays.stream(RelationEventKind.values()).filter(k -> !k.present())
                .anyMatch(k -> k.namedBy(query::mentions));
        boolean quality = QUALITIES.stream().anyMatch(query::says) || ASKING.stream().anyMatch(query::says)
                || HOW_ARE.matcher(query.text()).lookingAt();
        String opening = query.text().toLowerCase(Locale.ROOT).split("\\s+")[0];
        return !aboutEvent && quality && query.countries().size() == 2 && !WH_OTHER.contains(opening)
                && (query.intent() == Intent.RELATIONS_STATUS || query.intent() == Intent.OVERVIEW
                || query.says("relation") || query.says("ties"));
    }

    /**
     * "India continued to build upon its close and friendly relations with Angola, Botswana, … Namibia" says how
     * India's relations are, not Botswana's with Namibia: the first country the sentence names is one of the
     * pair, or it names none (the article's and its section's, as the index found it).
     */
    private static boolean ofThePair(String sentence, Query query, Gazetteer gazetteer) {
        // nor "Fiji … could seek closer relations with Cuba", which names a third state by name
        return gazetteer.find(sentence).stream().filter(m -> m.entity().isCountry()).findFirst()
                .map(m -> query.countries().contains(m.entity())).orElse(true)
                && gazetteer.find(sentence).stream().filter(m -> m.entity().isCountry()
                        && m.form() == org.attache.gazetteer.MentionForm.NAME && !query.countries().contains(m.entity()))
                .noneMatch(m -> RELATIONS_WITH.matcher(sentence.substring(0, m.start())).find());
    }

    /** "… closer relations with " just before a name: the relations are that country's. */
    private static final java.util.regex.Pattern RELATIONS_WITH = java.util.regex.Pattern.compile(
            "(?i)\\b(relations?|relationship|ties)\\s+with\\s+(the\\s+)?$");

    static Optional<Answer> answer(String question, Query query, QuestionForm form, SentenceIndex index,
                                   AnswerWriter writer, Gazetteer gazetteer) {
        if (!asked(query)) {
            return Optional.empty();
        }
        List<String> words = new java.util.ArrayList<>(List.of("relations", "relationship", "ties", "terms"));
        words.addAll(QUALITIES);
        List<IndexedSentence> candidates = index.search(query.countries(), words, Set.of(), 20).stream()
                .map(SentenceIndex.Hit::sentence)
                .filter(hit -> {
                    String lower = hit.sentence().text().toLowerCase(Locale.ROOT);
                    return (lower.contains("relation") || lower.contains("ties") || lower.contains(" terms"))
                            && QUALITIES.stream().anyMatch(q -> uses(lower, q))
                            && ofThePair(hit.sentence().text(), query, gazetteer)
                            && SentenceFit.holdsTheYearsAsked(query, hit.sentence().text());
                })
                .toList();
        // "Are Finnish-Russian relations friendly?": a sentence using the word asked before one using another
        Optional<IndexedSentence> found = candidates.stream().filter(hit -> QUALITIES.stream().filter(query::says)
                        .anyMatch(q -> uses(hit.sentence().text().toLowerCase(Locale.ROOT), q)))
                .findFirst().or(() -> candidates.stream().findFirst());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Answer quote = writer.fromSentence(question, query, found.get());
        if (form != QuestionForm.YES_NO) {
            return Optional.of(quote);
        }
        String lower = found.get().sentence().text().toLowerCase(Locale.ROOT);
        boolean sameWord = QUALITIES.stream().filter(query::says)
                .anyMatch(q -> uses(lower, q));
        boolean past = PAST.stream().anyMatch(lower::contains);
        if (sameWord && ENDED.stream().anyMatch(lower::contains) && !SentenceFit.denies(query.words(), lower)) {
            // "Are the US and Ecuador still close?" — "used to maintain close ties", and how they went since
            List<IndexedSentence> quoted = new java.util.ArrayList<>(List.of(found.get()));
            candidates.stream().filter(hit -> hit != found.get() && CHANGES.stream()
                    .anyMatch(c -> uses(hit.sentence().text().toLowerCase(Locale.ROOT), c)))
                    .findFirst().ifPresent(quoted::add);
            return Optional.of(writer.withVerdict(writer.fromSentences(question, query, quoted), "No"));
        }
        return Optional.of(sameWord && !past && !SentenceFit.denies(query.words(), lower)
                ? writer.withVerdict(quote, "Yes")
                : writer.notSettled(question, query, found.get()));
    }

    /** True when the lower-case sentence uses the quality as a whole word ("good", not "goodwill"). */
    private static boolean uses(String lower, String quality) {
        return lower.matches("(?s).*\\b" + quality + "\\b.*");
    }
}
