package org.attache.fact;

import org.attache.article.Section;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.Gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * The country a section is about, besides its article's own: the one its heading names ("Mexico" in the El Salvador
 * article), or, where the source lost its headings, the other country of the pair's relations article it names as
 * its main one ("See Jordan–Russia relations" in the Jordan article: Russia).
 */
public final class SectionCountry {
    private SectionCountry() {
    }

    public static Optional<Entity> of(Section section, EntityId articleCountry, Gazetteer gazetteer) {
        Optional<Entity> headed = section.heading().flatMap(gazetteer::country);
        return headed.isPresent() ? headed
                : section.pairArticle().flatMap(title -> otherOfThePair(title, articleCountry, gazetteer));
    }

    /**
     * In "Jordan–Russia relations" for Jordan's article, Russia: the pair must include the article's country. In
     * "Foreign relations of Cyprus" for Romania's, Cyprus.
     */
    public static Optional<Entity> otherOfThePair(String title, EntityId articleCountry, Gazetteer gazetteer) {
        List<Entity> named = gazetteer.find(title).stream().map(m -> m.entity()).filter(Entity::isCountry)
                .distinct().toList();
        if (!Section.isPairTitle(title)) {
            return named.size() == 1 && !named.get(0).id().equals(articleCountry) ? Optional.of(named.get(0))
                    : Optional.empty();
        }
        if (named.size() != 2 || named.stream().noneMatch(e -> e.id().equals(articleCountry))) {
            return Optional.empty();
        }
        return named.stream().filter(e -> !e.id().equals(articleCountry)).findFirst();
    }
}
