package org.attache.fact;

import org.attache.article.Article;
import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.Gazetteer;
import org.attache.source.SourceProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the bot knows: the articles, their typed facts, the contradictions between snapshots, the gazetteer
 * that names things, and the problems found while loading. The facts are indexed by id, by entity, by pair, by type
 * and by statement once, when the dataset is made; every lookup after that is a map access, not a scan.
 */
public final class RelationsDataset {
    private final List<Article> articles;
    private final List<Fact> facts;
    private final List<Contradiction> contradictions;
    private final Gazetteer gazetteer;
    private final List<SourceProblem> problems;
    private final Map<FactId, Fact> byId;
    private final Map<EntityId, List<Fact>> byEntity;
    private final Map<Pair, List<Fact>> byPair;
    private final Map<FactType, List<Fact>> byType;
    private final Map<String, List<Fact>> byStatement;
    private final Map<EntityId, List<Contradiction>> contradictionsByEntity;
    private final Map<String, String> newestSnapshotByTitle;
    private final Map<String, List<Fact>> byName;
    /** Made on first use: most uses of a dataset never need it (see {@link SentenceMentions}). */
    private volatile SentenceMentions mentions;

    /** Two entities in either order. */
    private record Pair(EntityId first, EntityId second) {
        static Pair of(EntityId a, EntityId b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    public RelationsDataset(List<Article> articles, List<Fact> facts, List<Contradiction> contradictions,
                            Gazetteer gazetteer, List<SourceProblem> problems) {
        this.articles = List.copyOf(articles);
        this.facts = List.copyOf(facts);
        this.contradictions = List.copyOf(contradictions);
        this.gazetteer = gazetteer;
        this.problems = List.copyOf(problems);
        this.byId = this.facts.stream().collect(Collectors.toMap(Fact::id, Function.identity(), (a, b) -> a));
        this.byEntity = index(this.facts, f -> f.subject().equals(f.counterpart()) ? List.of(f.subject())
                : List.of(f.subject(), f.counterpart()));
        this.byPair = index(this.facts, f -> List.of(Pair.of(f.subject(), f.counterpart())));
        this.byType = index(this.facts, f -> List.of(f.type()));
        this.byStatement = index(this.facts, f -> List.of(SnapshotAlignment.key(f)));
        this.contradictionsByEntity = index(this.contradictions, c -> List.of(c.subject(), c.counterpart()));
        this.byName = index(this.facts, f -> f.name().map(n -> List.of(n.toLowerCase(Locale.ROOT))).orElse(List.of()));
        this.newestSnapshotByTitle = this.articles.stream().collect(Collectors.toMap(Article::title,
                Article::snapshot, (a, b) -> a.compareTo(b) >= 0 ? a : b));
    }

    private static <K, V> Map<K, List<V>> index(List<V> values, Function<V, Collection<K>> keys) {
        Map<K, List<V>> index = new HashMap<>();
        for (V value : values) {
            for (K key : keys.apply(value)) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return index;
    }

    public List<Article> articles() {
        return articles;
    }

    /** How many of the sources the manifest lists could not be loaded at all (each is among the problems). */
    public long sourcesLeftOut() {
        return problems.stream().filter(SourceProblem::sourceLeftOut).count();
    }

    /** The entities each sentence of the sources names, by entity and by article country. */
    public SentenceMentions mentions() {
        SentenceMentions made = mentions;
        if (made == null) {
            synchronized (this) {
                made = mentions;
                if (made == null) {
                    made = new SentenceMentions(articles, gazetteer);
                    mentions = made;
                }
            }
        }
        return made;
    }

    /** Every fact, articles in title order, newest snapshot first, each article's facts in document order. */
    public List<Fact> facts() {
        return facts;
    }

    public List<Contradiction> contradictions() {
        return contradictions;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<SourceProblem> problems() {
        return problems;
    }

    /** The display name of an entity. */
    public String name(EntityId entity) {
        return gazetteer.name(entity);
    }

    public Optional<Fact> fact(FactId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Facts whose subject or counterpart is this entity, in dataset order. */
    public List<Fact> factsAbout(EntityId entity) {
        return byEntity.getOrDefault(entity, List.of());
    }

    /** Facts whose subject and counterpart are these two, in either order. */
    public List<Fact> factsBetween(EntityId one, EntityId other) {
        return byPair.getOrDefault(Pair.of(one, other), List.of());
    }

    public List<Fact> factsOf(FactType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** Every fact, from any snapshot, that makes the same statement as this one (itself included). */
    public List<Fact> sameStatement(Fact fact) {
        return byStatement.getOrDefault(SnapshotAlignment.key(fact), List.of(fact));
    }

    /** Facts that name this (a mission's city, a war, a treaty), whatever the case. */
    public List<Fact> factsNaming(String name) {
        return byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The newest snapshot of the article with this title, if the dataset has it. */
    public Optional<String> newestSnapshot(String title) {
        return Optional.ofNullable(newestSnapshotByTitle.get(title));
    }

    public List<Contradiction> contradictionsAbout(EntityId entity) {
        return contradictionsByEntity.getOrDefault(entity, List.of());
    }
}
