package org.attache.fact;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a fact's claim against the sentence it cites, before anything restates it: each party is named in the
 * sentence (by name, abbreviation or demonym; a host country by one of its cities), or is the party the source
 * itself supplies (the article's own country, or the country the sentence's section is about: by its heading, or
 * by the pair's relations article it names as its main one where the headings are lost, or the one other country
 * its paragraph named before a sentence on "the two countries"); a word of the
 * fact's kind stands in the sentence; and its date, number or place is written there. A fact that fails is not
 * restated: the sentence may still be quoted as it stands.
 */
public final class ClaimCheck {
    private final Gazetteer gazetteer;

    public ClaimCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** True when the cited sentence bears out every part of the fact's claim. */
    public boolean holds(Fact fact) {
        Provenance source = fact.provenance();
        String sentence = source.sentence();
        String lower = normalised(sentence);
        List<Mention> mentions = gazetteer.find(sentence);
        Set<EntityId> named = mentions.stream().map(m -> m.entity().id()).collect(Collectors.toSet());
        Set<EntityId> countriesOfPlaces = mentions.stream().map(Mention::entity).filter(Entity::isCity)
                .flatMap(e -> e.country().stream()).collect(Collectors.toSet());
        Optional<EntityId> articleCountry = gazetteer.country(source.article()).map(Entity::id);
        Optional<EntityId> sectionCountry = source.section().flatMap(gazetteer::country)
                .or(() -> articleCountry.flatMap(own -> source.pairArticle()
                        .flatMap(title -> SectionCountry.otherOfThePair(title, own, gazetteer))))
                .map(Entity::id);
        for (EntityId party : List.of(fact.subject(), fact.counterpart())) {
            boolean found = named.contains(party)
                    || fact.type() == FactType.MISSION && party.equals(fact.counterpart())
                    && countriesOfPlaces.contains(party)
                    || articleCountry.filter(party::equals).isPresent()
                    || sectionCountry.filter(party::equals).isPresent()
                    || source.paragraphCountry().filter(party::equals).isPresent();
            if (!found) {
                return false;
            }
        }
        if (fact.kind().evidence().stream().noneMatch(lower::contains)) {
            return false;
        }
        if (fact.date().isPresent() && !lower.contains(normalised(fact.date().get().text()))) {
            return false;
        }
        // a place may be written by an alias of its name: "Washington" for Washington, D.C.
        return fact.name().map(name -> lower.contains(normalised(name))
                || mentions.stream().anyMatch(m -> m.entity().name().equals(name))).orElse(true);
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
