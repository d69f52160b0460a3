package org.attache.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.attache.fact.ClaimCheck;
import org.attache.fact.Fact;
import org.attache.fact.FactType;
import org.attache.fact.RelationEventKind;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Entity;
import org.attache.understand.Intent;
import org.attache.understand.LanguageCheck;
import org.attache.understand.Query;
import org.attache.understand.QuestionForm;
import org.attache.understand.QuestionReader;
import org.attache.understand.UnknownNames;
import org.attache.understand.QuestionText;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers a question from the dataset: typed facts where they match the intent and the names, otherwise the best
 * evidence sentence, otherwise "the sources I have don't say". Answers are cached by normalised question.
 * Thread-safe.
 */
public final class AnswerEngine {
    /** How many sentences an overview quotes when no typed fact covers the pair. */
    static final int OVERVIEW_SENTENCES = 3;
    /** Counterparts a page of {@code /relations} without {@code with}: a page is one answer, listed in full. */
    static final int RELATIONS_PER_PAGE = AnswerWriter.MAX_FACTS;
    /** How much more of the question a sentence must hold than the facts' sentences to be preferred to them. */
    static final double CLEARLY_MORE = 0.25;
    /** Below this probability, a question naming nothing the dataset knows is not guessed at. */
    static final double MIN_INTENT_CONFIDENCE = 0.25;
    /** Help and coverage replies need this much confidence; otherwise the question is treated as out of scope. */
    static final double MIN_SELF_CONFIDENCE = 0.5;
    /** An "out of scope" verdict below this probability is overruled when the question names what we know. */
    static final double SURE_OUT_OF_SCOPE = 0.6;
    /** Questions asking for a reason, a person or a manner: the answer is a sentence, not a typed fact. */
    private static final Pattern EXPLANATORY = Pattern.compile(
            "^(why|how(?! (many|much|big|large|long|often)))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Words of a yes/no question that a fact's kind already stands for, or that ask nothing of their own ("is El
     * Salvador part of SICA", "does it still have diplomatic ties"): the rest must all be in the fact's sentence.
     */
    private static final Set<String> GENERIC_YES_NO_WORDS = Set.of("part", "still", "currently", "now", "today",
            "ever", "member", "members", "membership", "official", "officially", "diplomatic", "formal", "full",
            "relations", "relation", "ties", "mission", "missions", "embassy", "embassies", "consulate",
            "consulates", "recognise", "recognize", "recognised", "recognized", "belong", "belongs", "speaking",
            "terms", "again", "high", "commission", "commissions", "government", "governments");

    private final RelationsDataset dataset;
    private final QuestionReader reader;
    private final FactSelector selector;
    private final SentenceIndex index;
    private final AnswerWriter writer;
    private final Cache<String, Answer> cache;
    private final LanguageCheck language;
    private final UnknownNames unknownNames;
    private final ClaimCheck claims;
    private final Denial denial;
    private final Misspellings misspellings;
    private final EvidenceSearch evidence;

    public AnswerEngine(RelationsDataset dataset, QuestionReader reader, int cacheSize) {
        this(dataset, reader, cacheSize, new SentenceIndex(dataset));
    }

    /** An engine on a sentence index already made (read from the prepared data). */
    public AnswerEngine(RelationsDataset dataset, QuestionReader reader, int cacheSize, SentenceIndex index) {
        this.dataset = dataset;
        // the examples' words are not ordinary words for the resolver: some are names misspelt on purpose
        this.reader = reader.withOrdinaryWords(index::holdsWord);
        this.selector = new FactSelector(dataset);
        this.index = index;
        this.writer = new AnswerWriter(dataset);
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
        Set<String> examples = exampleWords();
        java.util.function.Predicate<String> knownWord = word -> examples.contains(word) || index.holdsWord(word);
        this.language = new LanguageCheck(knownWord);
        this.unknownNames = new UnknownNames(dataset.gazetteer(), knownWord);
        this.claims = new ClaimCheck(dataset.gazetteer());
        this.denial = new Denial(index, dataset.gazetteer());
        this.misspellings = new Misspellings(index, dataset.gazetteer(), knownWord);
        this.evidence = new EvidenceSearch(index, dataset.gazetteer());
    }

    /** The dataset the engine answers from. */
    public RelationsDataset dataset() {
        return dataset;
    }

    /** How to ask, and what the bot covers. */
    public Answer help() {
        return Help.answer("help", dataset);
    }

    /** The sources the answers come from: the first page of {@link #sources(int)}. */
    public Answer coverage() {
        return sources(1).content();
    }

    /**
     * The sources a page at a time: a count line, then one line per country with its snapshots, newest first. A
     * page beyond the last gives the last, one below 1 the first.
     */
    public Paged<Answer> sources(int page) {
        return SourcesPage.of("sources", Intent.COVERAGE.label(), dataset, page);
    }

    /** The first page of {@link #relations(String, Optional, int)}. */
    public Answer relations(String country, Optional<String> with) {
        return relations(country, with, 1).content();
    }

    /**
     * {@code /relations}: a country's relations with one counterpart, or without one a compact overview, one
     * cited line per counterpart, {@link #RELATIONS_PER_PAGE} a page (clamped as in {@link #sources(int)}). Names
     * are resolved as in questions (typos, demonyms, abbreviations).
     */
    public Paged<Answer> relations(String country, Optional<String> with, int page) {
        String asked = "relations " + country + with.map(w -> " with " + w).orElse("");
        Optional<Entity> subject = dataset.gazetteer().country(country)
                .or(() -> dataset.gazetteer().closest(country).map(m -> m.entity()).filter(Entity::isCountry));
        Optional<Entity> other = with.flatMap(w -> dataset.gazetteer().resolve(w)
                .or(() -> dataset.gazetteer().closest(w).map(m -> m.entity())));
        List<Entity> entities = new java.util.ArrayList<>();
        subject.ifPresent(entities::add);
        other.ifPresent(entities::add);
        Query query = new Query(asked, Intent.OVERVIEW, 1.0, entities,
                entities.stream().map(e -> org.attache.gazetteer.MentionForm.NAME).toList(), List.of());
        if (subject.isEmpty() || with.isPresent() && other.isEmpty()) {
            return Paged.single(writer.abstain(asked, query));
        }
        if (other.isPresent()) {
            return Paged.single(fromFacts(asked, query));
        }
        List<Fact> lines = selector.onePerCounterpart(subject.get());
        if (lines.isEmpty()) {
            return Paged.single(writer.abstain(asked, query));
        }
        int pages = Paged.count(lines.size(), RELATIONS_PER_PAGE);
        int shown = Paged.clamp(page, pages);
        Answer answer = writer.fromFacts(asked, query, Paged.slice(lines, shown, RELATIONS_PER_PAGE));
        if (pages > 1) {
            answer = new Answer(asked, answer.answered(), answer.intent(), answer.entities(),
                    subject.get().name() + ": " + lines.size() + " counterparts; page " + shown + " of " + pages
                            + "\n" + answer.text(), answer.citations(), answer.conflicts());
        }
        return new Paged<>(answer, shown, pages);
    }

    public Answer answer(String question) {
        String clean = QuestionText.clean(question);
        Answer answer = cache.get(clean.toLowerCase(Locale.ROOT), key -> compute(clean));
        return answer.question().equals(question) ? answer
                : new Answer(question, answer.answered(), answer.intent(), answer.entities(), answer.text(),
                answer.citations(), answer.conflicts());
    }

    private Answer compute(String typed) {
        if (typed.isEmpty()) {
            return Help.answer(typed, dataset);
        }
        Query asTyped = reader.read(typed);
        if (language.isForeign(typed, asTyped.words())) {
            return new Answer(typed, false, Intent.OUT_OF_SCOPE.label(), AnswerWriter.names(asTyped),
                    "I can only read questions in English. " + writer.coverage(), List.of(), List.of());
        }
        String clean = misspellings.corrected(typed);
        Query query = clean.equals(typed) ? asTyped : reader.read(clean);
        List<String> unknown = unknownNames.in(clean);
        if (!unknown.isEmpty() && FactSelector.isDomain(query.intent())) {
            return writer.unknownNames(clean, query, unknown);
        }
        boolean namesKnown = query.entities().stream()
                .anyMatch(e -> !dataset.factsAbout(e.id()).isEmpty() || index.knows(e));
        if (query.intent() == Intent.HELP && query.confidence() >= MIN_SELF_CONFIDENCE && !namesKnown) {
            return Help.answer(clean, dataset);
        }
        if (query.intent() == Intent.COVERAGE && query.confidence() >= MIN_SELF_CONFIDENCE && !namesKnown) {
            return Help.coverage(clean, query, dataset);
        }
        Optional<Answer> defined = definition(clean, query);
        if (defined.isPresent()) {
            return defined.get();
        }
        boolean outOfScope = query.intent() == Intent.OUT_OF_SCOPE
                && (query.confidence() >= SURE_OUT_OF_SCOPE || !namesKnown);
        if (outOfScope || !namesKnown && query.confidence() < MIN_INTENT_CONFIDENCE
                || !FactSelector.isDomain(query.intent()) && !namesKnown) {
            return writer.abstain(clean, query);
        }
        if (EXPLANATORY.matcher(clean).find() && !RelationsQuality.asked(query)) {
            // "How were Namibia–Russia relations described in 2006?" asks how relations were, answered below
            return evidence.best(query, QuestionForm.of(clean)).map(hit -> writer.fromSentence(clean, query, hit.sentence()))
                    .orElseGet(() -> fromFacts(clean, query));
        }
        return fromFacts(clean, query);
    }

    /**
     * "What is CONCAUSA?": a question that only names an organisation the articles speak of is answered by the
     * first sentence naming it, quoted as it stands.
     */
    private Optional<Answer> definition(String clean, Query query) {
        java.util.regex.Matcher asked = DEFINITION.matcher(clean);
        if (!asked.matches() || query.entities().size() != 1 || !query.entities().get(0).isMembershipOrganisation()
                && query.entities().get(0).kind() != org.attache.gazetteer.EntityKind.ORGANISATION) {
            return Optional.empty();
        }
        String named = asked.group(1).strip();
        boolean onlyTheName = dataset.gazetteer().find(named).stream()
                .anyMatch(m -> m.start() == 0 && m.end() == named.length());
        List<IndexedSentence> first = onlyTheName ? index.naming(query.entities(), 1) : List.of();
        return first.isEmpty() ? Optional.empty() : Optional.of(writer.fromSentences(clean, query, first));
    }

    private static final Pattern DEFINITION = Pattern.compile("(?i)^(?:what|who)\\s+(?:is|are|was|were)\\s+"
            + "(?:the\\s+)?(.+?)\\s*\\??$");

    /**
     * Typed facts where they answer; but a sentence that holds clearly more of the question's words than any of
     * the facts' sentences is the better evidence ("When did Ecuador grant Assange asylum?" is no question about
     * when relations began).
     */
    private Answer fromFacts(String clean, Query query) {
        QuestionForm form = QuestionForm.of(clean);
        // nothing is restated that its own sentence does not bear out
        List<Fact> facts = narrowedBeyondFacts(query, form) ? List.of() : selector.select(query).stream()
                .filter(claims::holds).filter(f -> SentenceFit.holdsTheYearsAsked(query, f.provenance().sentence()))
                .toList();
        Optional<SentenceIndex.Hit> sentence = evidence.best(query, form);
        if (RelationsQuality.asked(query)) {
            Optional<Answer> quality = RelationsQuality.answer(clean, query, form, index, writer, dataset.gazetteer());
            if (quality.isPresent()) {
                return quality.get();
            }
        }
        if (!facts.isEmpty() && form == QuestionForm.WHEN) {
            List<Fact> dated = facts.stream().filter(f -> f.date().isPresent()).toList();
            if (dated.isEmpty()) {
                List<Fact> undated = facts;
                // "in the 1970s and 1980s": a time the fact's own sentence gives in words no single date holds
                Optional<Fact> timed = facts.stream()
                        .filter(f -> SentenceFit.fits(QuestionForm.WHEN, query, f.provenance().sentence(),
                                dataset.gazetteer())).findFirst();
                return sentence.map(hit -> writer.fromSentence(clean, query, hit.sentence()))
                        .or(() -> timed.map(f -> writer.quoting(clean, query, f)))
                        .orElseGet(() -> writer.notSaid(clean, query, "The sources I have give no date for that.",
                                undated));
            }
            facts = dated;
        }
        if (form == QuestionForm.YES_NO) {
            // a verdict only from facts whose sentence holds every word of the question: "Does Luxembourg support
            // Turkey joining the EU?" is not answered yes by Luxembourg's own membership
            List<String> asked = query.words().stream().filter(w -> !GENERIC_YES_NO_WORDS.contains(w)).toList();
            facts = asked.isEmpty() ? facts : facts.stream()
                    .filter(f -> index.coverage(asked, f.provenance().sentence()) >= 1.0).toList();
            // "Has Malaysia ever recognised Israel?" is not answered yes by memberships they share
            Optional<FactType> type = FactSelector.askedType(query);
            facts = facts.stream().filter(f -> type.map(t -> f.type() == t).orElse(true)).toList();
            if (query.says("relation") || query.says("ties")) {
                // "Do Turkey and Armenia have diplomatic relations?": relation events say, not a recognition, a
                // mission or a war
                facts = facts.stream().filter(f -> f.type() == FactType.RELATION_EVENT
                        && f.kind() != RelationEventKind.RECOGNISED).toList();
            }
        }
        Optional<Entity> region = query.entities().stream()
                .filter(e -> e.kind() == org.attache.gazetteer.EntityKind.REGION).findFirst();
        if (region.isPresent() && form != QuestionForm.YES_NO && !facts.isEmpty()
                && facts.stream().noneMatch(f -> f.involves(region.get().id()))) {
            // "Where does Denmark have embassies in Africa?": the facts do not say where their countries lie, so
            // a sentence that names the region answers, or none does
            return sentence.map(hit -> writer.fromSentence(clean, query, hit.sentence()))
                    .orElseGet(() -> writer.unsaid(clean, query, "The sources I have don't say which of them are in "
                            + region.get().name() + "."));
        }
        // "which … first", "who was the first"; not "when did … first establish", which asks when
        Optional<String> ordinal = form == QuestionForm.WHICH || form == QuestionForm.OPEN ? FirstAsked.ordinal(query)
                : Optional.empty();
        if (!facts.isEmpty() && ordinal.isPresent()) {
            // "Which country was the first to recognise Azerbaijan?" is not answered by one of the first
            List<Fact> ranked = FirstAsked.ranked(facts, ordinal.get());
            if (ranked.isEmpty()) {
                // "Iceland is the first fully sovereign country that recognized Croatia": a sentence may say it
                // where no fact does
                Optional<SentenceIndex.Hit> says = sentence.filter(hit -> FirstAsked.ranks(
                        hit.sentence().sentence().text(), ordinal.get()));
                List<Fact> unranked = facts;
                return says.map(hit -> writer.fromSentence(clean, query, hit.sentence()))
                        .orElseGet(() -> writer.notSaid(clean, query, "The sources I have don't say which was "
                                + ordinal.get() + ".", unranked));
            }
            facts = ranked;
        }
        if (form == QuestionForm.YES_NO) {
            List<IndexedSentence> denials = denial.all(query);
            Optional<IndexedSentence> no = denials.stream().findFirst();
            if (no.isPresent() && (facts.isEmpty() || undoesTheFacts(query, no.get(), facts))) {
                // every article that says so, of the same snapshot as the best or newer, is cited
                List<Fact> standing = facts;
                List<IndexedSentence> cited = denials.stream().filter(d -> standing.isEmpty()
                        || undoesTheFacts(query, d, standing)).toList();
                return writer.withVerdict(writer.fromEachArticle(clean, query, cited), "No");
            }
            if (no.isPresent() && undoneLater(no.get(), facts)) {
                // "Cuba joined the OAS in 1948" and "In 1962, Cuba was expelled from the OAS", beside "Both countries
                // are full members of the OAS": the sources disagree on how it stands now
                return writer.contested(clean, query, no.get(), facts);
            }
        }
        if (facts.size() > AnswerWriter.MAX_FACTS && sentence.isPresent()
                && (form == QuestionForm.WHERE || form == QuestionForm.OPEN)) {
            // "Where was Ireland's first embassy on the African continent?": of Ireland's 63 missions, those of the
            // sentence that holds the question's words
            String best = sentence.get().sentence().sentence().text();
            List<Fact> ofTheSentence = facts.stream().filter(f -> f.provenance().sentence().equals(best)).toList();
            if (!ofTheSentence.isEmpty()) {
                facts = ofTheSentence;
            }
        }
        if (!facts.isEmpty()) {
            double factCoverage = facts.stream()
                    .mapToDouble(f -> index.coverage(query.words(), f.provenance().sentence())).max().orElse(0);
            if (form != QuestionForm.YES_NO && sentence.isPresent()
                    && sentence.get().coverage() > factCoverage + CLEARLY_MORE && !outdated(sentence.get().sentence())) {
                return writer.fromSentence(clean, query, sentence.get().sentence());
            }
            if (form != QuestionForm.YES_NO) {
                return writer.listed(clean, query, facts);
            }
            List<Fact> said = facts;
            if (said.stream().allMatch(f -> f.type() == FactType.MISSION)
                    && !NamesUnanswered.in(clean, dataset.gazetteer(), said).isEmpty()) {
                // missions of the sentence that names the place asked, but none in it
                return writer.notSaid(clean, query, "The sources I have don't say for certain.", said);
            }
            return Verdict.of(facts, query.says("accredit") || query.says("represent"))
                    .map(verdict -> writer.withVerdict(writer.fromFacts(clean, query, said), verdict))
                    .orElseGet(() -> writer.notSaid(clean, query, "The sources I have don't say for certain.",
                            said));
        }
        if (form == QuestionForm.YES_NO) {
            // the first sentence that settles it: "the Lebanese parliament voted to recognize the Armenian genocide"
            // does not, "Lebanon is the only member of the Arab League … that recognizes the Armenian Genocide" does
            for (SentenceIndex.Hit hit : evidence.fitting(query, form)) {
                String text = hit.sentence().sentence().text();
                String firstNamed = SentenceFit.actingParty(text, dataset.gazetteer()).map(Entity::name).orElse("");
                if (SentenceFit.denies(query.words(), text)) {
                    return writer.withVerdict(writer.fromSentence(clean, query, hit.sentence()), "No");
                }
                if (SentenceFit.affirms(query, hit.coverage(), hit.matched(), firstNamed, text)) {
                    return writer.withVerdict(writer.fromSentence(clean, query, hit.sentence()), "Yes");
                }
            }
        }
        Optional<Answer> quality = RelationsQuality.answer(clean, query, form, index, writer, dataset.gazetteer());
        if (quality.isPresent()) {
            return quality.get();
        }
        List<Fact> otherWay = missionsTheOtherWay(query);
        boolean sentenceNamesTheKind = sentence.isPresent() && form != QuestionForm.YES_NO
                && java.util.Arrays.stream(org.attache.fact.MissionKind.values())
                .filter(k -> k.resident() && k.namedBy(query::mentions))
                .anyMatch(k -> k.cues().stream().anyMatch(sentence.get().sentence().sentence().text()
                        .toLowerCase(Locale.ROOT)::contains));
        if (!otherWay.isEmpty() && !sentenceNamesTheKind) {
            // "Where is Tanzania's consulate-general in Kenya?": a sentence naming the kind of mission asked about
            // is quoted before what stands the other way is listed
            return writer.notSaid(clean, query, "The sources I have don't say that.", otherWay);
        }
        if (sentence.isPresent()) {
            return form == QuestionForm.YES_NO ? writer.notSettled(clean, query, sentence.get().sentence())
                    : writer.fromSentence(clean, query, sentence.get().sentence());
        }
        if (query.intent() == Intent.OVERVIEW && query.words().isEmpty() && !query.entities().isEmpty()) {
            List<IndexedSentence> about = index.naming(query.entities(), OVERVIEW_SENTENCES);
            if (!about.isEmpty()) {
                return writer.fromSentences(clean, query, about);
            }
        }
        return writer.abstain(clean, query);
    }

    /**
     * "Which of its Asian neighbours …", "Besides the UN, which organisations …", "… political ties with outside
     * Africa": a list narrowed by what no fact tells (a region, neighbours, an exception) is not answered by the
     * facts unnarrowed; a sentence may still answer it.
     */
    private static boolean narrowedBeyondFacts(Query query, QuestionForm form) {
        boolean list = form == QuestionForm.WHICH || query.intent() == Intent.WHICH_COUNTRIES
                || WHICH.matcher(query.text()).find();
        return list && (NARROWING.matcher(query.text()).find()
                || query.entities().stream().anyMatch(e -> e.kind() == org.attache.gazetteer.EntityKind.REGION));
    }

    private static final Pattern WHICH = Pattern.compile("(?i)\\bwhich\\b");
    private static final Pattern NARROWING = Pattern.compile("(?i)\\b(neighbou?r\\w*|besides|except|other than|"
            + "apart from|outside|beyond|bordering|nearby)\\b");

    /**
     * "Is Cyprus still a member of the Non-Aligned Movement?": a sentence saying it withdrew answers no over the
     * facts that it was one, unless they come from a newer snapshot.
     */
    private static boolean undoesTheFacts(Query query, IndexedSentence denial, List<Fact> facts) {
        String newest = facts.stream().map(f -> f.provenance().snapshot()).max(String::compareTo).orElse("");
        return Denial.asksWhetherStill(query) && Denial.UNDOING.matcher(denial.sentence().text()).find()
                && denial.article().snapshot().compareTo(newest) >= 0
                || undoingYear(denial).isPresent() && facts.stream().allMatch(f -> year(f)
                .map(y -> y < undoingYear(denial).getAsInt()).orElse(false));
    }

    /** An undoing dated after some of the facts, and no fact dated after it: the facts may no longer stand. */
    private static boolean undoneLater(IndexedSentence denial, List<Fact> facts) {
        java.util.OptionalInt undone = undoingYear(denial);
        return undone.isPresent() && facts.stream().anyMatch(f -> year(f).map(y -> y < undone.getAsInt()).orElse(false))
                && facts.stream().noneMatch(f -> year(f).map(y -> y >= undone.getAsInt()).orElse(false));
    }

    /** The year of a sentence that undoes ("In 1962, Cuba was expelled from …"), when it gives one. */
    private static java.util.OptionalInt undoingYear(IndexedSentence denial) {
        String text = denial.sentence().text();
        java.util.regex.Matcher year = YEAR.matcher(text);
        return Denial.UNDOING.matcher(text).find() && year.find()
                ? java.util.OptionalInt.of(Integer.parseInt(year.group())) : java.util.OptionalInt.empty();
    }

    private static Optional<Integer> year(Fact fact) {
        return fact.date().flatMap(d -> d.year().isPresent() && !d.approximate()
                ? Optional.of(d.year().getAsInt()) : Optional.empty());
    }

    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

    /**
     * "Does India have an embassy in El Salvador?" when only El Salvador's embassy in India is known: the missions
     * of the second country in the first, to say what exists the other way.
     */
    private List<Fact> missionsTheOtherWay(Query query) {
        boolean missions = query.intent() == Intent.MISSIONS || query.mentions("embass") || query.mentions("consul")
                || query.says("high comm");
        // "Is there an Israeli embassy in Yerevan?": a city asked about stands for its country
        List<Entity> countries = new java.util.ArrayList<>(query.countries());
        query.cities().stream().flatMap(c -> c.country().flatMap(dataset.gazetteer()::byId).stream())
                .filter(c -> !countries.contains(c)).forEach(countries::add);
        if (!missions || countries.size() != 2) {
            return List.of();
        }
        Entity owner = MissionOwner.of(query, dataset.gazetteer()).orElse(countries.get(0));
        Entity host = countries.stream().filter(c -> !c.equals(owner)).findFirst().orElse(owner);
        // the owner's missions of another kind there ("an honorary consulate", asked for an embassy), then the
        // other way round
        List<Fact> between = dataset.factsBetween(owner.id(), host.id()).stream()
                .filter(f -> f.type() == FactType.MISSION && claims.holds(f)).toList();
        List<Fact> near = new java.util.ArrayList<>(between.stream()
                .filter(f -> f.subject().equals(owner.id()) && f.counterpart().equals(host.id())).toList());
        near.addAll(between.stream().filter(f -> f.subject().equals(host.id()) && f.counterpart().equals(owner.id()))
                .toList());
        return near;
    }

    /** True when a newer snapshot of the sentence's article contradicts what it states. */
    private boolean outdated(IndexedSentence hit) {
        return dataset.contradictions().stream().anyMatch(c -> c.statements().stream().skip(1)
                .anyMatch(f -> f.provenance().sentence().equals(hit.sentence().text())
                        && f.provenance().snapshot().equals(hit.article().snapshot())));
    }

    /** Every word of the intent examples, lower case (the articles' words are in the sentence index). */
    private static Set<String> exampleWords() {
        Set<String> words = new HashSet<>();
        org.attache.understand.IntentTrainingData.bundled()
                .forEach(q -> words.addAll(List.of(q.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))));
        return words;
    }
}
