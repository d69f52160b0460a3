package org.attache.answer;

import org.attache.fact.ConflictKind;
import org.attache.fact.Fact;
import org.attache.fact.FactKind;
import org.attache.fact.FactType;
import org.attache.fact.FigureKind;
import org.attache.fact.MembershipKind;
import org.attache.fact.MissionKind;
import org.attache.fact.RelationEventKind;
import org.attache.fact.TreatyKind;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityId;
import org.attache.understand.Intent;
import org.attache.understand.Query;
import org.attache.understand.QuestionForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Picks the typed facts that answer a question: facts of the types its intent asks for, about every country and
 * organisation it names, narrowed by the words it uses ("consulates", "recognise", "Football War").
 */
final class FactSelector {

    /** The words of a question about how many of a people there are: "how many Salvadorans (people) …". */
    private static final Set<String> PEOPLE_WORDS = Set.of("people", "citizens", "nationals", "number",
            "population", "residents", "there");


    /** Words that ask for a figure whatever the intent: "the trade volume", "how many troops". */
    private static final List<String> FIGURE_WORDS = List.of("trade", "export", "import", "credit", "loan", "troop",
            "soldier", "diaspora");

    private final RelationsDataset dataset;

    FactSelector(RelationsDataset dataset) {
        this.dataset = dataset;
    }

    List<Fact> select(Query query) {
        List<Fact> selected = selectByIntent(query);
        // "what did Ecuador and Peru sign in 1998?": a year in the question keeps the facts of that year
        List<Integer> years = query.words().stream().filter(w -> w.matches("1[5-9]\\d\\d|20\\d\\d"))
                .map(Integer::valueOf).toList();
        if (!years.isEmpty()) {
            List<Fact> ofYear = of(selected, f -> f.date().flatMap(d -> d.year().isPresent()
                    ? Optional.of(d.year().getAsInt()) : Optional.<Integer>empty()).map(years::contains).orElse(false));
            return ofYear.isEmpty() ? selected : ofYear;
        }
        return selected;
    }

    private List<Fact> selectByIntent(Query query) {
        List<Fact> about = aboutAll(query.entities());
        if (query.intent() == Intent.CONFLICTS && query.entities().isEmpty()) {
            // "what was the Football War?": the name says which
            List<Fact> named = byName(query, concat(dataset.factsOf(FactType.CONFLICT),
                    dataset.factsOf(FactType.TREATY)));
            return named.size() < dataset.facts().size() / 4 ? namedOnly(query, named) : List.of();
        }
        if (query.intent() == Intent.WHICH_COUNTRIES) {
            return acrossCountries(query);
        }
        Optional<List<Fact>> events = eventsNamedByVerb(query, about);
        if (events.isPresent()) {
            // "When were Myanmar–North Korea relations restored?" is not answered by when they were established
            return events.get();
        }
        // the words of the question outrank a doubtful intent: "consulates" asks for missions, "members" for
        // memberships, whatever the classifier made of the rest
        if (query.mentions("consul") || query.mentions("embass") || query.mentions("represent")
                || query.mentions("accredit") || query.says("high comm")) {
            return missions(query, about);
        }
        if (query.mentions("organi") || Arrays.stream(MembershipKind.values()).anyMatch(k -> k.namedBy(query::mentions))) {
            return memberships(query);
        }
        if (FIGURE_WORDS.stream().anyMatch(query::mentions)) {
            return figures(query, about);
        }
        if (COUNT_ASKED.matcher(query.text()).lookingAt()) {
            // "How many people of Armenian descent live in Moldova?" asks for a figure whatever the intent, where
            // there is one
            List<Fact> counted = figures(query, about);
            if (!counted.isEmpty()) {
                return counted;
            }
        }
        if (EVENT_WORDS.stream().anyMatch(query::mentions)) {
            // "When did the Iran-Iraq war begin?" asks about the war, not when relations began
            return byName(query, conflictsOrTreaties(query, about));
        }
        return switch (query.intent()) {
            case RELATIONS_START -> narrowed(about, f -> f.kind() instanceof RelationEventKind k && k.startsRelations(),
                    RelationEventKind.RECOGNISED.namedBy(query::mentions) ? RelationEventKind.RECOGNISED
                            : RelationEventKind.ESTABLISHED);
            case RELATIONS_STATUS -> standing(about);
            case MISSIONS -> missions(query, about);
            case MEMBERSHIPS -> memberships(query);
            case CONFLICTS -> byName(query, conflictsOrTreaties(query, about));
            case PAIR_FACT -> figures(query, about);
            case OVERVIEW -> overview(about);
            case WHICH_COUNTRIES -> acrossCountries(query);
            default -> List.of();
        };
    }

    /**
     * One line per counterpart of a country, most spoken-of counterparts first: the relation event if there is
     * one, else the first fact about the pair.
     */
    List<Fact> onePerCounterpart(Entity country) {
        Map<EntityId, List<Fact>> byCounterpart = new LinkedHashMap<>();
        dataset.factsAbout(country.id()).stream()
                .filter(f -> f.type() != FactType.MEMBERSHIP)
                .forEach(f -> byCounterpart.computeIfAbsent(f.other(country.id()), k -> new ArrayList<>()).add(f));
        return byCounterpart.values().stream()
                .sorted(Comparator.comparingInt((List<Fact> l) -> l.size()).reversed())
                .map(l -> l.stream().filter(f -> f.type() == FactType.RELATION_EVENT).findFirst().orElse(l.get(0)))
                .toList();
    }

    /**
     * Facts whose parties (subject, counterpart, or a mission's city) include every entity named that any fact
     * involves at all; a name no fact involves (the ICJ, say) cannot narrow typed facts and is left to the
     * sentence search.
     */
    private List<Fact> aboutAll(List<Entity> entities) {
        List<Entity> narrowing = entities.stream().filter(e -> !candidates(e).isEmpty()).toList();
        boolean unknownPlace = entities.stream().anyMatch(e -> (e.isCountry() || e.isCity()) && !narrowing.contains(e));
        if (narrowing.isEmpty() || unknownPlace) {
            // a country or city no fact speaks of: no typed fact can answer for it
            return List.of();
        }
        // the facts of the entity with fewest, narrowed to those involving every other one
        List<Fact> fewest = narrowing.stream().map(this::candidates).min(Comparator.comparingInt(List::size))
                .orElse(List.of());
        return of(fewest, f -> narrowing.stream().allMatch(e -> involves(f, e)));
    }

    /** The facts an entity may be a party of: a country's or organisation's own, every mission for a city. */
    private List<Fact> candidates(Entity entity) {
        return entity.isCity() ? of(dataset.factsNaming(entity.name()), f -> f.type() == FactType.MISSION)
                : dataset.factsAbout(entity.id());
    }

    /** Each named country's memberships, narrowed to the organisations named if any. */
    private List<Fact> memberships(Query query) {
        List<EntityId> organisations = query.organisations().stream().map(Entity::id).toList();
        if (organisations.isEmpty() && namesAnUnknownBody(query)) {
            // "When was Indonesia admitted to the G20?": the body asked about is none the facts know, so none of
            // Indonesia's memberships answers it
            return List.of();
        }
        List<EntityId> countries = query.countries().stream().map(Entity::id).toList();
        List<Fact> pool = countries.isEmpty() ? dataset.factsOf(FactType.MEMBERSHIP)
                : countries.stream().flatMap(c -> dataset.factsAbout(c).stream()).toList();
        List<Fact> found = pool.stream().filter(f -> f.type() == FactType.MEMBERSHIP)
                .filter(f -> countries.isEmpty() || countries.contains(f.subject()))
                .filter(f -> organisations.isEmpty() || organisations.contains(f.counterpart()))
                .toList();
        if (countries.size() > 1 && organisations.isEmpty()) {
            // "which organisations are both Mexico and El Salvador members of?": those every one belongs to
            List<EntityId> shared = found.stream().map(Fact::counterpart).distinct()
                    .filter(o -> countries.stream().allMatch(c -> found.stream()
                            .anyMatch(f -> f.subject().equals(c) && f.counterpart().equals(o))))
                    .toList();
            return of(found, f -> shared.contains(f.counterpart()));
        }
        return found;
    }

    /** A capitalised name or abbreviation after the first word that no known entity covers ("G20", "OECD"). */
    private boolean namesAnUnknownBody(Query query) {
        String text = query.text();
        List<org.attache.gazetteer.Mention> known = dataset.gazetteer().find(text);
        java.util.regex.Matcher name = UPPER_WORD.matcher(text);
        while (name.find()) {
            int at = name.start();
            if (!text.substring(0, at).isBlank() && known.stream().noneMatch(m -> m.start() <= at && at < m.end())
                    && dataset.gazetteer().closest(name.group()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern UPPER_WORD = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}\\d]+");

    /**
     * Figures of the kind the question asks for (people, trade, credit, troops, visitors); for people named by a
     * demonym ("how many Salvadorans …") only that people's figures.
     */
    private static List<Fact> figures(Query query, List<Fact> about) {
        Optional<FigureKind> kind = Arrays.stream(FigureKind.values()).filter(k -> k.namedBy(query::mentions))
                .findFirst()
                .or(() -> query.demonymCountry().isPresent() && PEOPLE_WORDS.containsAll(query.words())
                        ? Optional.of(FigureKind.DIASPORA) : Optional.empty());
        if (kind.isEmpty()) {
            return List.of();
        }
        List<Fact> ofKind = of(about, f -> f.kind() == kind.get());
        if (kind.get() == FigureKind.DIASPORA && query.demonymCountry().isPresent()) {
            EntityId people = query.demonymCountry().get().id();
            return of(ofKind, f -> f.subject().equals(people));
        }
        if (kind.get() == FigureKind.DIASPORA) {
            // "how many turks live in romania" with the people not understood: not every people living there;
            // "people from El Salvador in Honduras" names them as the first country
            List<Entity> countries = query.countries();
            return countries.size() == 2 ? of(ofKind, f -> f.subject().equals(countries.get(0).id())
                    && f.counterpart().equals(countries.get(1).id())) : List.of();
        }
        return ofKind;
    }

    private static boolean involves(Fact fact, Entity entity) {
        if (entity.isCity()) {
            return fact.name().map(n -> n.equalsIgnoreCase(entity.name())).orElse(false);
        }
        return fact.involves(entity.id());
    }

    private static List<Fact> of(List<Fact> facts, Predicate<Fact> test) {
        return facts.stream().filter(test).toList();
    }

    private static List<Fact> concat(List<Fact> some, List<Fact> more) {
        List<Fact> all = new ArrayList<>(some);
        all.addAll(more);
        return all;
    }

    /** Facts passing the test, those of the preferred kind first. */
    private static List<Fact> narrowed(List<Fact> facts, Predicate<Fact> test, FactKind preferredKind) {
        List<Fact> matching = of(facts, test);
        List<Fact> preferred = of(matching, f -> f.kind() == preferredKind);
        return preferred.isEmpty() ? matching : preferred;
    }

    /** Where relations stand: the newest snapshot's latest event for each counterpart. */
    private static List<Fact> standing(List<Fact> about) {
        List<Fact> events = of(about, f -> f.kind() instanceof RelationEventKind k && k.tellsStanding());
        return events.stream().collect(Collectors.groupingBy(Fact::counterpart)).values().stream()
                .map(list -> list.stream().max(Comparator.comparing((Fact f) -> f.provenance().snapshot())
                        .thenComparing(FactSelector::when)).orElseThrow())
                .toList();
    }

    /** When an event happened, for ordering; an undated one counts as the snapshot's latest news. */
    private static int when(Fact fact) {
        return fact.date().flatMap(d -> d.year().isPresent()
                ? Optional.of(d.year().getAsInt() * 10000 + d.month().orElse(0) * 100 + d.day().orElse(0))
                : Optional.<Integer>empty()).orElse(Integer.MAX_VALUE);
    }

    /** Missions between the parties; "Salvadoran consulates" keeps El Salvador's; "consulates" keeps consulates. */
    private List<Fact> missions(Query query, List<Fact> about) {
        if (about.isEmpty()) {
            return accreditedToTheCitysCountry(query);
        }
        List<Fact> missions = of(about, f -> f.type() == FactType.MISSION);
        // whose missions: the demonym's ("Salvadoran consulates"), else the first country named ("does Mexico have
        // an embassy in Quito"), when it has any
        Optional<Entity> owner = MissionOwner.of(query, dataset.gazetteer());
        if (owner.isPresent() && query.countries().size() + query.cities().size() > 1) {
            // "does Mexico have an embassy in Quito?" asks for Mexico's: what stands the other way is no answer
            missions = of(missions, f -> f.subject().equals(owner.get().id()));
        } else if (owner.isPresent()) {
            List<Fact> owned = of(missions, f -> f.subject().equals(owner.get().id()));
            missions = owned.isEmpty() ? missions : owned;
        }
        // "consulates" keeps the consulates of every sort, "embassies" the embassies; with no resident mission of
        // the kind asked, an accreditation from abroad is the answer ("accredited from its embassy in Pretoria")
        List<Fact> named = of(missions, f -> f.kind().namedBy(query::mentions));
        if (named.isEmpty() && Arrays.stream(MissionKind.values()).anyMatch(k -> k.namedBy(query::mentions))) {
            return of(missions, f -> f.kind() == MissionKind.ACCREDITED);
        }
        return named.isEmpty() ? missions : named;
    }

    /**
     * "Does Germany have an embassy in Mogadishu?" where no mission in the city is known: the owner's accreditation
     * to the city's country from an embassy abroad, which says it has none there.
     */
    private List<Fact> accreditedToTheCitysCountry(Query query) {
        Optional<Entity> owner = query.countries().stream().findFirst();
        Optional<EntityId> country = query.cities().stream().findFirst().flatMap(Entity::country);
        if (owner.isEmpty() || country.isEmpty() || query.countries().size() > 1) {
            return List.of();
        }
        return of(dataset.factsAbout(owner.get().id()), f -> f.kind() == MissionKind.ACCREDITED
                && f.subject().equals(owner.get().id()) && f.counterpart().equals(country.get()));
    }

    /**
     * "When did El Salvador suspend relations with Cuba?": the events of the kind the question's verb names, none
     * when the sources have none of it; empty when no verb names one.
     */
    private static Optional<List<Fact>> eventsNamedByVerb(Query query, List<Fact> about) {
        // the establishment of relations is the intent's to judge; these verbs name the other events. Breaking
        // relations off is said with any of three ("When did El Salvador break relations with Cuba?": suspended),
        // taking them up again with either of two
        for (RelationEventKind kind : RelationEventKind.values()) {
            if (kind != RelationEventKind.ESTABLISHED && kind.namedBy(query::mentions)) {
                List<RelationEventKind> family = BREAKING.contains(kind) ? BREAKING
                        : AGAIN.contains(kind) ? AGAIN : List.of(kind);
                List<Fact> events = of(about, f -> family.contains(f.kind()));
                // "Does El Salvador still recognise Taiwan?" with no recognition known: where relations stand says
                boolean yesNo = QuestionForm.of(query.text()) == QuestionForm.YES_NO;
                return events.isEmpty() && yesNo ? Optional.empty() : Optional.of(events);
            }
        }
        return Optional.empty();
    }

    private static final List<RelationEventKind> BREAKING = List.of(RelationEventKind.SEVERED,
            RelationEventKind.SUSPENDED, RelationEventKind.CANCELLED);
    private static final List<RelationEventKind> AGAIN = List.of(RelationEventKind.RESUMED,
            RelationEventKind.RESTORED);

    /** The facts whose names share the most words with the question ("the Rio Protocol", not every protocol). */
    private static List<Fact> namedOnly(Query query, List<Fact> facts) {
        // "What is the Gulf of Fonseca dispute?": "dispute" says what kind, not which one
        java.util.function.ToLongFunction<Fact> shared = f -> f.name().map(n -> query.words().stream()
                .filter(w -> w.length() >= 3)
                .filter(w -> java.util.stream.Stream.concat(Arrays.stream(ConflictKind.values()),
                        Arrays.stream(TreatyKind.values())).noneMatch(k -> k.namedBy(w::startsWith)))
                .filter(w -> java.util.Arrays.asList(n.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).contains(w))
                .count()).orElse(0L);
        long most = facts.stream().mapToLong(shared).max().orElse(0);
        return most == 0 ? List.of() : of(facts, f -> shared.applyAsLong(f) == most);
    }

    /** Treaties when the question speaks of signing or agreeing, conflicts when of fighting, else both. */
    private static List<Fact> conflictsOrTreaties(Query query, List<Fact> about) {
        boolean treaty = Arrays.stream(TreatyKind.values()).anyMatch(k -> k.namedBy(query::mentions));
        boolean conflict = Arrays.stream(ConflictKind.values()).anyMatch(k -> k.namedBy(query::mentions));
        List<Fact> found = of(about, f -> f.type() == FactType.TREATY && (treaty || !conflict)
                || f.type() == FactType.CONFLICT && (conflict || !treaty));
        // "what war did they fight?" is not answered by a dispute
        List<ConflictKind> asked = Arrays.stream(ConflictKind.values()).filter(k -> k.namedBy(query::mentions))
                .toList();
        return asked.isEmpty() ? found : of(found, f -> f.type() != FactType.CONFLICT || asked.contains(f.kind()));
    }

    /**
     * Conflicts or treaties, narrowed to those the question names by a word of their name; a question that says
     * what its treaty or war was about ("the treaty on selling electricity") gets only those whose sentence says so
     * too, not another agreement of the pair's.
     */
    private static List<Fact> byName(Query query, List<Fact> facts) {
        List<Fact> named = of(facts, f -> f.name().map(n -> query.words().stream()
                .filter(w -> w.length() > 3)
                .anyMatch(w -> n.toLowerCase(Locale.ROOT).contains(w))).orElse(false));
        if (!named.isEmpty()) {
            return named;
        }
        List<String> about = subjectWords(query.text());
        return about.isEmpty() ? facts : of(facts, f -> {
            String sentence = f.provenance().sentence().toLowerCase(Locale.ROOT);
            return about.stream().anyMatch(sentence::contains);
        });
    }

    /** "the treaty on selling electricity to Bangladesh": what a named kind of event is said to be about. */
    private static final Pattern ABOUT = Pattern.compile("(?i)\\b(?:treaty|treaties|agreements?|accords?|pacts?|"
            + "wars?|disputes?|conflicts?)\\s+(?:on|over|about|regarding|concerning|for)\\s+([^?.!]+)");
    /** How much of a word stands for all its forms: "sell" for selling, sold is lost. */
    private static final int STEM = 5;

    /** The lower-case stems of the words, not names, that follow "treaty on …"; none when no such phrase. */
    private static List<String> subjectWords(String question) {
        Matcher m = ABOUT.matcher(question);
        if (!m.find()) {
            return List.of();
        }
        return Arrays.stream(m.group(1).split("[^\\p{L}]+"))
                .filter(w -> w.length() > 3 && Character.isLowerCase(w.charAt(0)))
                .map(w -> w.substring(0, Math.min(STEM, w.length())))
                .toList();
    }

    /** One or two facts of each type, events first. */
    private static List<Fact> overview(List<Fact> about) {
        List<Fact> picked = new ArrayList<>();
        for (FactType type : FactType.values()) {
            about.stream().filter(f -> f.type() == type).limit(2).forEach(picked::add);
        }
        return picked;
    }

    /**
     * The type of fact a question's own words ask about: relations ("recognise", "relations", "ties"), missions
     * ("embassy", "consulate") or memberships ("member", "join"); none when it names none. "Does El Salvador still
     * recognise Taiwan?" is answered by relations severed as well as by a recognition.
     */
    static Optional<FactType> askedType(Query query) {
        if (RelationEventKind.RECOGNISED.namedBy(query::mentions)) {
            return Optional.of(FactType.RELATION_EVENT);
        }
        if (query.mentions("mission") || Arrays.stream(MissionKind.values()).anyMatch(k -> k.namedBy(query::mentions))) {
            return Optional.of(FactType.MISSION);
        }
        if (query.mentions("join") || Arrays.stream(MembershipKind.values()).anyMatch(k -> k.namedBy(query::mentions))) {
            return Optional.of(FactType.MEMBERSHIP);
        }
        if (RelationEventKind.ESTABLISHED.namedBy(query::mentions) || query.says("relation") || query.says("ties")) {
            return Optional.of(FactType.RELATION_EVENT);
        }
        return Optional.empty();
    }

    /** As {@link #askedType}, and a recognition asked is a recognition ("Which countries recognised Palestine?"). */
    private static Optional<Predicate<Fact>> askedKind(Query query) {
        if (RelationEventKind.RECOGNISED.namedBy(query::mentions)) {
            return Optional.of(f -> f.kind() == RelationEventKind.RECOGNISED);
        }
        return askedType(query).map(type -> f -> f.type() == type);
    }

    /** "Which countries recognised Palestine / have an embassy in Quito / are members of the OAS?" */
    private List<Fact> acrossCountries(Query query) {
        if (query.entities().isEmpty()) {
            return List.of();
        }
        Optional<FactType> type = askedType(query);
        // "Which countries have embassies in Tbilisi, according to … Georgia's foreign relations?": a city asked
        // about for missions is the target, wherever it stands
        Entity target = type.filter(t -> t == FactType.MISSION).flatMap(t -> query.cities().stream().findFirst())
                .orElse(query.entities().get(query.entities().size() - 1));
        Optional<Predicate<Fact>> asked = askedKind(query);
        if (asked.isEmpty()) {
            return List.of();
        }
        Predicate<Fact> kind = asked.get();
        if (NEGATED_LIST.matcher(query.text()).find()) {
            // "Which countries does Chile not have relations with?": what the facts list is what stands
            return List.of();
        }
        List<Fact> about = candidates(target);
        if (type.filter(t -> t == FactType.RELATION_EVENT).isPresent() && query.says("relation")
                && !RelationEventKind.RECOGNISED.namedBy(query::mentions)) {
            // "which countries does El Salvador have relations with?": relations are had both ways round
            return of(about, f -> f.kind() instanceof RelationEventKind k && k.mutual() && k.relationsStand());
        }
        List<Fact> towards = of(about, f -> kind.test(f)
                && (target.isCity() || f.counterpart().equals(target.id())));
        List<Fact> itsOwn = of(about, f -> kind.test(f) && f.subject().equals(target.id()));
        // "In which countries does Fiji keep embassies?", "What countries has El Salvador recognised?": the target
        // is the one acting; "Which countries have embassies in Fiji?" the one acted on
        List<Fact> found = switch (roleInQuestion(query, target)) {
            case ACTING -> itsOwn;
            case ACTED_ON -> towards;
            case UNSAID -> towards.isEmpty() ? itsOwn : towards;
        };
        // "which countries have embassies in Quito" lists embassies, not consulates
        List<Fact> ofKindNamed = of(found, f -> f.type() == FactType.MISSION && f.kind().namedBy(query::mentions));
        return ofKindNamed.isEmpty() ? found : ofKindNamed;
    }

    private enum Role { ACTING, ACTED_ON, UNSAID }

    /** "does Fiji have", "has El Salvador recognised": the name right after the question's auxiliary acts. */
    private static final java.util.regex.Pattern AUXILIARY_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(does|do|did|has|have|had|is|was|were|are)\\s+(the\\s+)?$");
    /** "embassies in Fiji", "recognised by …", "relations with Fiji": the name after a preposition is acted on. */
    private static final java.util.regex.Pattern PREPOSITION_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(in|to|into|at|with|recogni[sz]ed?|recogni[sz]ing|join(ed)?)\\s+(the\\s+)?$");
    private static final java.util.regex.Pattern PASSIVE_AFTER = java.util.regex.Pattern.compile(
            "(?i)^\\s+(been\\s+|being\\s+)?\\w+(ed|en)\\s+by\\b");
    /** A list asked for by what is not: "not", "n't", "no relations", "never". */
    private static final java.util.regex.Pattern NEGATED_LIST = java.util.regex.Pattern.compile(
            "(?i)\\b(not|never|no|without)\\b|n't\\b");

    private Role roleInQuestion(Query query, Entity target) {
        String text = query.text();
        return dataset.gazetteer().find(text).stream().filter(m -> m.entity().equals(target)).findFirst()
                .map(m -> {
                    String before = text.substring(0, m.start());
                    if (PASSIVE_AFTER.matcher(text.substring(m.end())).find()) {
                        // "Which countries has Palestine been recognised by?"
                        return Role.ACTED_ON;
                    }
                    return AUXILIARY_BEFORE.matcher(before).find() ? Role.ACTING
                            : PREPOSITION_BEFORE.matcher(before).find() ? Role.ACTED_ON : Role.UNSAID;
                }).orElse(Role.UNSAID);
    }

    private static final java.util.regex.Pattern COUNT_ASKED = java.util.regex.Pattern.compile(
            "(?i)\\s*how\\s+(many|much)\\b");

    /** Words naming a war, a dispute or a treaty: the question is about that, whatever else it says. */
    private static final List<String> EVENT_WORDS = List.of("war", "conflict", "dispute", "battle", "treat",
            "agreement", "accord", "protocol", "pact");

    static boolean isDomain(Intent intent) {
        return intent != Intent.COVERAGE && intent != Intent.HELP && intent != Intent.OUT_OF_SCOPE;
    }
}
