package org.attache.answer;

import org.attache.fact.FactType;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;
import org.attache.gazetteer.MentionForm;
import org.attache.understand.Intent;
import org.attache.understand.Query;
import org.attache.understand.QuestionForm;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sentence that answers a question when no typed fact does: found in the sentence index by the question's
 * names and words, and kept only when it can stand as an answer of the form asked.
 */
final class EvidenceSearch {
    /** A sentence must hold at least this share of the question's words to be passed off as an answer. */
    static final double MIN_SENTENCE_COVERAGE = 0.5;
    /** With no name to go on, a sentence must hold this share of the question's words (and two at least). */
    static final double MIN_UNNAMED_COVERAGE = 0.75;
    /** How many of the best-scored sentences are weighed. */
    private static final int CANDIDATES = 5;

    private final SentenceIndex index;
    private final Gazetteer gazetteer;

    EvidenceSearch(SentenceIndex index, Gazetteer gazetteer) {
        this.index = index;
        this.gazetteer = gazetteer;
    }

    /**
     * The best sentence that can stand as an answer of the form asked (see {@link SentenceFit}); on missions between
     * two countries, one naming the owner asked about before any other country.
     */
    Optional<SentenceIndex.Hit> best(Query query, QuestionForm form) {
        return fitting(query, form).stream().findFirst();
    }

    /** Every one of the best-scored sentences that can stand as an answer of the form asked, best first. */
    List<SentenceIndex.Hit> fitting(Query query, QuestionForm form) {
        // "How is Tajikistan represented in Ireland?" is not answered by "Ireland is represented in Tajikistan"
        boolean missions = query.countries().size() == 2 && (query.says("represent") || query.says("embass")
                || query.says("consul") || query.says("accredit"));
        Optional<Entity> owner = missions ? MissionOwner.of(query, gazetteer) : Optional.empty();
        return fitting(query, form, text -> SentenceFit.fits(form, query, text, gazetteer)
                && owner.map(o -> gazetteer.find(text).stream().filter(m -> m.entity().isCountry())
                .findFirst().map(m -> m.entity().equals(o)).orElse(false)).orElse(true));
    }

    /**
     * The best sentence that can stand as an answer of the form asked: at least half the question's words (most of
     * them, and two at least, for a question naming nothing the dataset knows), a date for "when", a number for
     * "how many", and a word of what the question is about (relations, missions, memberships, wars or treaties).
     */
    private List<SentenceIndex.Hit> fitting(Query query, QuestionForm form, Predicate<String> fit) {
        if (query.words().isEmpty()) {
            return List.of();
        }
        boolean named = !query.entities().isEmpty();
        return index.search(query.entities(), query.words(), preferredTypes(query.intent()), CANDIDATES).stream()
                .filter(hit -> named ? hit.coverage() >= MIN_SENTENCE_COVERAGE
                        : hit.coverage() >= MIN_UNNAMED_COVERAGE && hit.matched() >= 2)
                .filter(hit -> fit.test(hit.sentence().sentence().text()))
                .filter(hit -> impliedOnlyWhenAlone(query, form, hit.sentence()))
                .toList();
    }

    /**
     * A country asked about that neither the sentence nor its article names stands in it only through its
     * section; that holds only when the sentence names no other country either ("Relations were restored in 2007"
     * under Myanmar, not "Costa Rica and El Salvador plan on re-establishing relations with Cuba" in a paragraph on
     * Cuba and Panama). A list names other countries by its nature.
     */
    private boolean impliedOnlyWhenAlone(Query query, QuestionForm form, IndexedSentence hit) {
        if (form == QuestionForm.WHICH || query.intent() == Intent.WHICH_COUNTRIES) {
            return true;
        }
        String text = hit.sentence().text();
        Optional<Entity> own = gazetteer.country(hit.article().source().country());
        List<Mention> mentions = gazetteer.find(text).stream()
                .filter(m -> m.entity().isCountry()).toList();
        boolean bySection = query.countries().stream().filter(c -> own.map(o -> !o.equals(c)).orElse(true))
                .anyMatch(c -> mentions.stream().noneMatch(m -> m.entity().equals(c)));
        // "following Latvia's independence from Russian rule": a demonym describes, it names no other party
        // the article's own country counts as another here: "Togo voted to recognize Jerusalem as the capital of
        // Israel", in Togo's paragraph on India, says nothing of India and Israel
        return !bySection || mentions.stream().filter(m -> m.form() != MentionForm.DEMONYM)
                .allMatch(m -> query.countries().contains(m.entity()));
    }

    private static Set<FactType> preferredTypes(Intent intent) {
        return switch (intent) {
            case RELATIONS_START, RELATIONS_STATUS -> Set.of(FactType.RELATION_EVENT);
            case MISSIONS -> Set.of(FactType.MISSION);
            case MEMBERSHIPS -> Set.of(FactType.MEMBERSHIP);
            case CONFLICTS -> Set.of(FactType.CONFLICT, FactType.TREATY);
            case PAIR_FACT -> Set.of(FactType.FIGURE);
            default -> Set.of();
        };
    }
}
