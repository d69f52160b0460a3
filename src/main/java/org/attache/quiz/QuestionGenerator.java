package org.attache.quiz;

import org.attache.fact.ConflictKind;
import org.attache.fact.Contradiction;
import org.attache.fact.Fact;
import org.attache.fact.FactType;
import org.attache.fact.RelationsDataset;
import org.attache.fact.SentenceMentions;
import org.attache.fact.SnapshotAlignment;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.EntityKind;

import org.attache.fact.ClaimCheck;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes multiple-choice questions from the typed facts, never from free text: years of relation events and
 * treaties, the cities of missions, memberships, the counterpart of a named war, figures. Distractors are of the
 * same kind (nearby years, other cities of the same country, other organisations and countries of the dataset,
 * scaled figures) and never something another fact states for the same question. Facts the snapshots disagree on
 * are left out. The same filter and seed give the same quiz.
 */
public final class QuestionGenerator {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final int[] YEAR_SHIFTS = {1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10};

    private final RelationsDataset dataset;
    private final Set<String> contested;
    /** The regional organisations the gazetteer knows: distractors for a membership. */
    private final List<EntityId> organisations;
    /** The countries any fact names as a counterpart: distractors for a war's other party. */
    private final List<EntityId> countries;
    private final ClaimCheck claims;
    private static final List<String> MISSION_STEMS = List.of("embass", "consul", "mission");
    private static final List<String> MEMBERSHIP_STEMS = List.of("member", "join", "particip", "belong");
    private static final List<String> WAR_STEMS = List.of("war", "conflict", "fought", "invad", "battle", "dispute");

    public QuestionGenerator(RelationsDataset dataset) {
        this.dataset = dataset;
        this.organisations = dataset.gazetteer().entitiesOf(org.attache.gazetteer.EntityKind.ORGANISATION).stream()
                .map(org.attache.gazetteer.Entity::id).filter(o -> dataset.gazetteer().region(o).isPresent()).toList();
        this.countries = dataset.facts().stream().map(Fact::counterpart).distinct()
                .filter(c -> dataset.gazetteer().byId(c).filter(Entity::isCountry).isPresent()).toList();
        this.claims = new ClaimCheck(dataset.gazetteer());
        this.contested = new LinkedHashSet<>();
        for (Contradiction contradiction : dataset.contradictions()) {
            contradiction.statements().forEach(f -> contested.add(SnapshotAlignment.key(f)));
            contested.add(contradiction.subject().value() + "|" + contradiction.counterpart().value() + "|standing");
        }
    }

    /**
     * The quiz: candidate facts in an order the seed shuffles, each made a question (checked against its sentence,
     * with distractors) until there are enough. Only as many facts are worked on as the quiz needs, not the whole
     * dataset's: at corpus size, making every question first took seconds.
     */
    public List<QuizQuestion> generate(QuizFilter filter) {
        List<Fact> candidates = new ArrayList<>(candidates(filter));
        Collections.shuffle(candidates, new Random(filter.seed()));
        List<QuizQuestion> chosen = new ArrayList<>();
        for (Fact fact : candidates) {
            if (chosen.size() >= filter.count()) {
                break;
            }
            if (claims.holds(fact)) {
                question(fact, new Random(filter.seed() ^ fact.id().value().hashCode())).ifPresent(chosen::add);
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * One fact per statement (the newest snapshot's), none contested, sorted so the shuffle alone decides; the
     * claim check comes later, on those a quiz takes.
     */
    private List<Fact> candidates(QuizFilter filter) {
        Map<String, Fact> newest = new LinkedHashMap<>();
        List<Fact> pool = filter.country().map(dataset::factsAbout).orElse(dataset.facts());
        pool.stream()
                .sorted(Comparator.comparing((Fact f) -> f.provenance().snapshot()).reversed())
                .forEach(f -> newest.putIfAbsent(SnapshotAlignment.key(f), f));
        return newest.values().stream()
                .filter(f -> !contested.contains(SnapshotAlignment.key(f)))
                .filter(f -> !(f.type() == FactType.RELATION_EVENT
                        && contested.contains(f.subject().value() + "|" + f.counterpart().value() + "|standing")))
                .filter(f -> filter.topic().map(t -> t == topicOf(f)).orElse(true))
                .sorted(Comparator.comparing(f -> f.id().value()))
                .toList();
    }

    private static Topic topicOf(Fact fact) {
        return switch (fact.type()) {
            case RELATION_EVENT -> Topic.RELATIONS;
            case MISSION -> Topic.MISSIONS;
            case MEMBERSHIP -> Topic.MEMBERSHIPS;
            case CONFLICT, TREATY -> Topic.CONFLICTS;
            case FIGURE -> Topic.FIGURES;
        };
    }

    private Optional<QuizQuestion> question(Fact fact, Random random) {
        return switch (fact.type()) {
            case RELATION_EVENT -> prompt(fact, "").flatMap(prompt -> year(fact, prompt, random));
            // a treaty is asked about only when its name says which ("peace treaty", not "agreement")
            case TREATY -> fact.name().filter(n -> !n.toLowerCase(Locale.ROOT).contains("ruling") && fact.namesWhichOne())
                    .flatMap(n -> prompt(fact, n)).flatMap(prompt -> year(fact, prompt, random));
            case MISSION -> missionCity(fact, random);
            case MEMBERSHIP -> membership(fact, random);
            case CONFLICT -> warCounterpart(fact, random);
            case FIGURE -> figure(fact, random);
        };
    }

    /**
     * The entities named in a sentence of the sources that names this country (or stands in its article) and speaks
     * of the subject (one of the stems): a distractor is never one of them, lest it be true after all in a sentence
     * no fact was read from ("… is a member of the UN, WTO and OECD").
     */
    private Set<EntityId> coMentioned(EntityId country, List<String> stems) {
        return coMentioned(country, stems, false);
    }

    /** As above; {@code named} keeps only the sentences that name the country themselves. */
    private Set<EntityId> coMentioned(EntityId country, List<String> stems, boolean named) {
        Set<EntityId> found = new HashSet<>();
        SentenceMentions mentions = dataset.mentions();
        for (SentenceMentions.Mention sentence : mentions.naming(country)) {
            if (sentence.speaksOf(stems)) {
                found.addAll(sentence.named());
            }
        }
        if (!named) {
            // the article's own sentences that leave its country unnamed ("It is a member of …")
            for (SentenceMentions.Mention sentence : mentions.inArticleOf(country)) {
                if (!sentence.named().contains(country) && sentence.speaksOf(stems)) {
                    found.addAll(sentence.named());
                }
            }
        }
        return found;
    }

    /** The kind's quiz question about this fact, with display names. */
    private Optional<String> prompt(Fact fact, String name) {
        return fact.kind().quizPrompt(dataset.name(fact.subject()), dataset.name(fact.counterpart()), name);
    }

    /** The year of an event, against nearby years no fact of the same statement gives. */
    private Optional<QuizQuestion> year(Fact fact, String prompt, Random random) {
        if (prompt.isEmpty() || fact.date().isEmpty() || fact.date().get().year().isEmpty()
                || fact.date().get().approximate()) {
            return Optional.empty();
        }
        int year = fact.date().get().year().getAsInt();
        // no year any fact of the kind gives for the pair, either way round, is offered as wrong
        Set<Integer> stated = new LinkedHashSet<>();
        dataset.sameStatement(fact).forEach(f -> f.date().ifPresent(d -> d.year().ifPresent(stated::add)));
        dataset.factsBetween(fact.subject(), fact.counterpart()).stream().filter(f -> f.kind() == fact.kind())
                .forEach(f -> f.date().ifPresent(d -> d.year().ifPresent(stated::add)));
        int latest = Integer.parseInt(fact.provenance().snapshot().substring(0, 4));
        List<String> distractors = new ArrayList<>();
        for (int shift : YEAR_SHIFTS) {
            int other = year + shift;
            if (!stated.contains(other) && other <= latest) {
                distractors.add(String.valueOf(other));
            }
        }
        return options(fact, prompt, String.valueOf(year), distractors, random, Topic.RELATIONS == topicOf(fact)
                ? Topic.RELATIONS : topicOf(fact));
    }

    /** The city of a mission, against other cities of the host country where the owner has no mission. */
    private Optional<QuizQuestion> missionCity(Fact fact, Random random) {
        if (fact.name().isEmpty()) {
            return Optional.empty();
        }
        Optional<Entity> host = dataset.gazetteer().byId(fact.counterpart()).filter(Entity::isCountry);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        // a city where the owner has a mission of the same kind would be right too: never offered
        Set<String> ownersCities = new LinkedHashSet<>();
        // a city where the owner has a mission of any kind would confuse as a wrong answer
        dataset.factsBetween(fact.subject(), fact.counterpart()).stream()
                .filter(f -> f.type() == FactType.MISSION && f.subject().equals(fact.subject()))
                .forEach(f -> f.name().ifPresent(ownersCities::add));
        // a city any sentence names beside the owner and a mission word: the owner may have a mission of this kind
        // there after all, even in a sentence other missions were read from ("… and a vice-consulate in Palma")
        Set<EntityId> beside = coMentioned(fact.subject(), MISSION_STEMS, true);
        List<String> distractors = dataset.gazetteer().entitiesOf(EntityKind.CITY).stream()
                .filter(city -> city.country().filter(host.get().id()::equals).isPresent())
                .filter(city -> !ownersCities.contains(city.name()) && !beside.contains(city.id()))
                .map(Entity::name).toList();
        return prompt(fact, "").flatMap(prompt -> options(fact, prompt, fact.name().get(), distractors, random,
                Topic.MISSIONS));
    }

    /**
     * An organisation the country belongs to, against regional organisations of other regions than those of the
     * bodies it is said to belong to; a country no regional body is known for gets no such question.
     */
    private Optional<QuizQuestion> membership(Fact fact, Random random) {
        Set<EntityId> belongs = new LinkedHashSet<>();
        dataset.factsAbout(fact.subject()).stream()
                .filter(f -> f.type() == FactType.MEMBERSHIP && f.subject().equals(fact.subject()))
                .forEach(f -> belongs.add(f.counterpart()));
        Set<EntityId> beside = coMentioned(fact.subject(), MEMBERSHIP_STEMS);
        // nor a body of one it belongs to ("United Nations General Assembly" beside "United Nations")
        Set<String> belongsNames = new HashSet<>();
        belongs.forEach(o -> belongsNames.add(dataset.name(o)));
        // only a regional body of another region than the country's own: that Niger is not said to be in the
        // Francophonie, or Slovakia in the WHO, does not make it so
        Set<org.attache.gazetteer.WorldRegion> own = new HashSet<>();
        belongs.forEach(o -> dataset.gazetteer().region(o).ifPresent(own::add));
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<String> distractors = organisations.stream().filter(o -> !belongs.contains(o) && !beside.contains(o))
                .filter(o -> dataset.gazetteer().region(o).filter(r -> !own.contains(r)).isPresent())
                .map(dataset::name)
                .filter(n -> belongsNames.stream().noneMatch(b -> n.contains(b) || b.contains(n))).toList();
        return prompt(fact, "").flatMap(prompt -> options(fact, prompt, dataset.name(fact.counterpart()),
                distractors, random, Topic.MEMBERSHIPS));
    }

    /** The other party of a named war the sentence itself names, against other countries of the dataset. */
    private Optional<QuizQuestion> warCounterpart(Fact fact, Random random) {
        // a war with a proper name ("the 100-hour Football War"), not "a border dispute"
        Optional<String> name = fact.name().filter(n -> fact.kind() == ConflictKind.WAR && fact.namesWhichOne()
                && Character.isUpperCase(n.replaceAll("^[\\w-]*\\d[\\w-]*\\s+", "").charAt(0)));
        String counterpart = dataset.name(fact.counterpart());
        // the sentence must name the other party itself, not only inside the war's name ("the Iraq War")
        if (name.isEmpty() || !fact.provenance().sentence().replace(name.get(), "").contains(counterpart)) {
            return Optional.empty();
        }
        Set<EntityId> parties = new LinkedHashSet<>();
        dataset.factsAbout(fact.subject()).stream().filter(f -> f.type() == FactType.CONFLICT && f.name().equals(name))
                .forEach(f -> parties.add(f.counterpart()));
        Set<EntityId> beside = coMentioned(fact.subject(), WAR_STEMS);
        List<String> distractors = countries.stream()
                .filter(c -> !parties.contains(c) && !c.equals(fact.subject()) && !beside.contains(c))
                .map(dataset::name).toList();
        return prompt(fact, name.get()).flatMap(prompt -> options(fact, prompt, counterpart, distractors, random,
                Topic.CONFLICTS));
    }

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("(?i)\\b(between|to|and)\\b");

    /** A figure, against the same figure scaled (a half, double, five times, a tenth). */
    private Optional<QuizQuestion> figure(Fact fact, Random random) {
        if (fact.name().isEmpty()) {
            return Optional.empty();
        }
        String amount = fact.name().get();
        Matcher number = NUMBER.matcher(amount);
        if (!number.find() || amount.contains("-") || amount.contains("–") || RANGE.matcher(amount).find()) {
            // "between 15,000 and 26,000": a range scaled at one end is no figure at all
            return Optional.empty();
        }
        boolean disputed = dataset.factsBetween(fact.subject(), fact.counterpart()).stream()
                .anyMatch(f -> f.kind() == fact.kind() && f.subject().equals(fact.subject())
                        && f.name().filter(n -> !n.equals(amount)).isPresent());
        if (disputed) {
            // "around 42,000" in one article, another figure in another: either could be marked wrong
            return Optional.empty();
        }
        double value = Double.parseDouble(number.group().replace(",", ""));
        // a figure the pair's facts give the other way ("around 21,000 Swedes in Denmark, around 42,000 Danes in
        // Sweden") is true there: never offered as wrong
        Set<String> statedForThePair = dataset.factsBetween(fact.subject(), fact.counterpart()).stream()
                .filter(f -> f.type() == FactType.FIGURE).flatMap(f -> f.name().stream())
                .collect(java.util.stream.Collectors.toSet());
        List<String> distractors = new ArrayList<>();
        for (double scale : new double[] {0.5, 2, 5, 0.1, 3}) {
            long scaled = Math.round(value * scale);
            String distractor = amount.substring(0, number.start()) + String.format(Locale.ROOT, "%,d", scaled)
                    + amount.substring(number.end());
            if (scaled > 0 && scaled != Math.round(value) && !statedForThePair.contains(distractor)) {
                distractors.add(distractor);
            }
        }
        return prompt(fact, demonymOrPeople(fact)).flatMap(what -> options(fact, what + ", according to the "
                + fact.provenance().snapshot() + " snapshot?", amount, distractors, random, Topic.FIGURES));
    }

    private String demonymOrPeople(Fact fact) {
        String statement = fact.statement();
        int in = statement.indexOf(" in ");
        return in > 0 ? statement.substring(0, in) : "people from " + dataset.name(fact.subject());
    }

    /** Four options: the right one and three distractors picked at random, in a random order. */
    private static Optional<QuizQuestion> options(Fact fact, String prompt, String right, List<String> distractors,
                                                  Random random, Topic topic) {
        List<String> pool = new ArrayList<>(new LinkedHashSet<>(distractors));
        pool.removeIf(d -> d.equalsIgnoreCase(right));
        if (pool.size() < 3) {
            return Optional.empty();
        }
        Collections.shuffle(pool, random);
        List<String> shown = new ArrayList<>(pool.subList(0, 3));
        shown.add(right);
        Collections.shuffle(shown, random);
        return Optional.of(new QuizQuestion(topic, prompt, shown, shown.indexOf(right), fact));
    }
}
