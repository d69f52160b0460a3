package org.attache.discord;

import net.dv8tion.jda.api.interactions.commands.Command;
import org.attache.fact.Fact;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityId;
import org.attache.gazetteer.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Autocomplete for {@code /relations}: {@code country} offers the countries the dataset has articles about,
 * {@code with} that country's counterparts. Names match by prefix, then anywhere, then by the nearest spelling
 * ("ecaudor"), and never more than Discord's 25 choices.
 */
final class CountryChoices {
    static final int MAX_CHOICES = 25;

    private final RelationsDataset dataset;

    CountryChoices(RelationsDataset dataset) {
        this.dataset = dataset;
    }

    List<Command.Choice> countries(String typed) {
        Set<String> names = new LinkedHashSet<>();
        dataset.articles().forEach(a -> names.add(a.source().country()));
        return choose(List.copyOf(names), typed);
    }

    List<Command.Choice> counterparts(String country, String typed) {
        Optional<EntityId> id = dataset.gazetteer().country(country).map(Entity::id);
        if (id.isEmpty()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Fact fact : dataset.factsAbout(id.get())) {
            names.add(dataset.name(fact.other(id.get())));
        }
        return choose(List.copyOf(names), typed);
    }

    private List<Command.Choice> choose(List<String> names, String typed) {
        String lower = typed.strip().toLowerCase(Locale.ROOT);
        List<String> chosen = new ArrayList<>();
        names.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith(lower)).forEach(chosen::add);
        names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(lower) && !chosen.contains(n))
                .forEach(chosen::add);
        if (chosen.isEmpty() && !lower.isEmpty()) {
            dataset.gazetteer().closest(typed).map(Mention::entity).map(Entity::name)
                    .filter(names::contains).ifPresent(chosen::add);
        }
        return chosen.stream().limit(MAX_CHOICES).map(n -> new Command.Choice(n, n)).toList();
    }
}
