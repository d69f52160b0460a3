package org.attache.fact;

import org.attache.article.Article;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.Gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every sentence of the sources with the entities the gazetteer finds in it, looked up by an entity it names or by
 * its article's country. Finding entities in every sentence is costly at the size of the whole dataset, so it is
 * done once per dataset, in parallel, and only when first needed.
 */
public final class SentenceMentions {
    /**
     * One sentence as seen here.
     *
     * @param named the entities it names
     * @param own   its article's country, when the gazetteer knows it
     * @param lower its text in lower case
     */
    public record Mention(Set<EntityId> named, Optional<EntityId> own, String lower) {
        /** True when the sentence contains one of the stems ("embass", "member"). */
        public boolean speaksOf(List<String> stems) {
            return stems.stream().anyMatch(lower::contains);
        }
    }

    private final Map<EntityId, List<Mention>> naming = new HashMap<>();
    private final Map<EntityId, List<Mention>> inArticleOf = new HashMap<>();

    SentenceMentions(List<Article> articles, Gazetteer gazetteer) {
        List<List<Mention>> byArticle = articles.parallelStream().map(article -> read(article, gazetteer)).toList();
        for (List<Mention> mentions : byArticle) {
            for (Mention mention : mentions) {
                mention.named().forEach(entity -> naming.computeIfAbsent(entity, e -> new ArrayList<>()).add(mention));
                mention.own().ifPresent(country -> inArticleOf.computeIfAbsent(country, c -> new ArrayList<>())
                        .add(mention));
            }
        }
    }

    private static List<Mention> read(Article article, Gazetteer gazetteer) {
        Optional<EntityId> own = gazetteer.country(article.source().country()).map(Entity::id);
        List<Mention> mentions = new ArrayList<>();
        for (Section section : article.sections()) {
            for (Sentence sentence : section.sentences()) {
                Set<EntityId> named = new HashSet<>();
                gazetteer.find(sentence.text()).forEach(m -> named.add(m.entity().id()));
                mentions.add(new Mention(Set.copyOf(named), own, sentence.text().toLowerCase(Locale.ROOT)));
            }
        }
        return mentions;
    }

    /** The sentences that name the entity. */
    public List<Mention> naming(EntityId entity) {
        return naming.getOrDefault(entity, List.of());
    }

    /** The sentences of the articles about this country. */
    public List<Mention> inArticleOf(EntityId country) {
        return inArticleOf.getOrDefault(country, List.of());
    }
}
