package org.attache.gazetteer;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = TestDataset.gazetteer();

    private static List<String> found(String text) {
        return GAZETTEER.find(text).stream().map(m -> m.text(text) + "=" + m.entity().name()).toList();
    }

    @Test
    void aliasesAbbreviationsAndDemonymsNameTheSameCountry() {
        for (String name : List.of("Republic of Korea", "South Korea", "ROK", "South Koreans")) {
            assertEquals(List.of(name + "=South Korea"), found(name), name);
        }
        assertEquals(Optional.of("Sahrawi Arab Democratic Republic"), GAZETTEER.resolve("SADR").map(Entity::name));
        assertEquals(List.of("salvadoran=El Salvador", "india=India"), found("salvadoran consulates in india"));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("People's Republic of China=China", "Republic of China (Taiwan)=Taiwan"),
                found("the People's Republic of China and the Republic of China (Taiwan)"));
        assertEquals(List.of("Mexico City=Mexico City"), found("Mexico City"));
        assertEquals(List.of("Latin American=Latin America"), found("the very last Latin American nation"));
        // a longer name starting inside a shorter one wins: not "the Commonwealth" (of Nations)
        assertEquals(List.of("Commonwealth of Independent States=Commonwealth of Independent States"),
                found("a member of the Commonwealth of Independent States"));
        assertEquals(List.of("The Commonwealth=Commonwealth of Nations",
                "Francophonie=Organisation internationale de la Francophonie"),
                found("The Commonwealth and the Francophonie"));
    }

    @Test
    void abbreviationsMatchOnlyWithTheirCapitals() {
        assertEquals(List.of("OAS=Organization of American States"), found("a member of the OAS"));
        assertEquals(List.of(), found("we can go to the oas"));
        assertEquals(List.of(), found("a pole and a swede"));
    }

    @Test
    void countriesTheIsoListLacksComeFromOurFile() {
        assertEquals(Optional.of(new EntityId("XK")), GAZETTEER.resolve("Kosovo").map(Entity::id));
        assertEquals(Optional.of("Palestine"), GAZETTEER.resolve("State of Palestine").map(Entity::name));
    }

    @Test
    void accentsAndTypographicApostrophesAreFolded() {
        assertEquals(List.of("Malaga=Málaga"), found("Malaga"));
        assertEquals(List.of("Iran=Iran"), found("Iran’s council"));
    }

    @Test
    void citiesKnowTheirCountry() {
        Entity guayaquil = GAZETTEER.resolve("Guayaquil").orElseThrow();
        assertEquals(Optional.of(new EntityId("EC")), guayaquil.country());
    }
}
