package org.attache.understand;

import org.attache.TestDataset;
import org.attache.gazetteer.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityResolverTest {
    private static final EntityResolver RESOLVER = new EntityResolver(TestDataset.gazetteer());

    private static List<String> names(String question) {
        return RESOLVER.resolve(question).entities().stream().map(Entity::name).toList();
    }

    @Test
    void resolvesTyposDemonymsAbbreviationsAndEitherOrder() {
        assertEquals(List.of("El Salvador", "Mexico"), names("el salvdor and mexcio"));
        assertEquals(List.of("Mexico", "El Salvador"), names("Mexico and El Salvador"));
        assertEquals(List.of("El Salvador", "India"), names("salvadoran consulates in india"));
        assertEquals(List.of("Ecuador", "Organization of Petroleum Exporting Countries"), names("is ecaudor in opec"));
        assertEquals(List.of("China", "Taiwan"), names("PRC or ROC?"));
        assertEquals(List.of("El Salvador", "United States"), names("how many salvadorans live in the us"));
    }

    @Test
    void ordinaryWordsAreNotMistakenForPlaces() {
        assertEquals(List.of("El Salvador", "Honduras"), names("are el salvador and honduras on normal terms today"));
        assertEquals(List.of(), names("can you tell us how it works in general"));
    }

    @Test
    void aWordTheArticlesUseIsNoMisspeltName() {
        EntityResolver reading = RESOLVER.withOrdinaryWords(java.util.Set.of("begin", "chin")::contains);
        assertEquals(List.of("Mexico", "Costa Rica"), reading.resolve("when did mexico and costa rica begin relations")
                .entities().stream().map(Entity::name).toList());
        assertEquals(List.of("El Salvador", "Mexico"), reading.resolve("el salvdor and mexcio").entities().stream()
                .map(Entity::name).toList());
        assertEquals(List.of("Mexico", "Costa Rica", "Benin"), names("when did mexico and costa rica begin relations"));
    }
}
