package org.attache.understand;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.MentionForm;

import java.util.List;
import java.util.Optional;

/**
 * A question understood: its intent and the entities it names, in the order named.
 *
 * @param text       the cleaned question
 * @param intent     what it asks
 * @param confidence the classifier's probability for that intent
 * @param entities   the countries, organisations and cities it names, in order, without repeats
 * @param forms      how each entity was named (a demonym says whose: "Salvadoran consulates")
 * @param words      the question's content words, lower case, names and stop words removed
 */
public record Query(String text, Intent intent, double confidence, List<Entity> entities, List<MentionForm> forms,
                    List<String> words) {
    public Query {
        entities = List.copyOf(entities);
        forms = List.copyOf(forms);
        words = List.copyOf(words);
    }

    public List<Entity> countries() {
        return entities.stream().filter(Entity::isCountry).toList();
    }

    public List<Entity> organisations() {
        return entities.stream().filter(e -> e.kind() == org.attache.gazetteer.EntityKind.ORGANISATION).toList();
    }

    public List<Entity> cities() {
        return entities.stream().filter(Entity::isCity).toList();
    }

    /**
     * True when the question as typed has a word starting with this stem (lower case), stop words included:
     * "relations", "ties" and "like" are stop words for the search but still say what is asked.
     */
    public boolean says(String stem) {
        return java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(stem))
                .matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** True when the question contains this word (lower case) or a word starting with it. */
    public boolean mentions(String stem) {
        return words.stream().anyMatch(w -> w.startsWith(stem));
    }

    /** The country named by the last demonym ("Which Spanish cities have Ecuadorian consulates?"), if any. */
    public Optional<Entity> demonymCountry() {
        for (int i = entities.size() - 1; i >= 0; i--) {
            if (forms.get(i) == MentionForm.DEMONYM && entities.get(i).isCountry()) {
                return Optional.of(entities.get(i));
            }
        }
        return Optional.empty();
    }
}
