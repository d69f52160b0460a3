package org.attache.source.csv;

import org.attache.TestDataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpacelessTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ForeignrelationsofPeru|Foreign relations of Peru|Peru",
            "ForeignrelationsoftheCzechRepublic|Foreign relations of the Czech Republic|Czech Republic",
            "ForeignrelationsoftheFederatedStatesofMicronesia|Foreign relations of the Federated States of Micronesia|Federated States of Micronesia",
            "ForeignrelationsofSaintVincentandtheGrenadines|Foreign relations of Saint Vincent and the Grenadines|Saint Vincent and the Grenadines",
            "ForeignrelationsofLibyaunderMuammarGaddafi|Foreign relations of Libya under Muammar Gaddafi|Libya",
            "ForeignrelationsofNigeria|Foreign relations of Nigeria|Nigeria",
            "ForeignrelationsofNiger|Foreign relations of Niger|Niger",
            "ForeignrelationsofGuinea-Bissau|Foreign relations of Guinea-Bissau|Guinea-Bissau",
            "ForeignrelationsoftheDominicanRepublic|Foreign relations of the Dominican Republic|Dominican Republic",
            "ForeignrelationsofDominica|Foreign relations of Dominica|Dominica",
            "ForeignrelationsoftheGambia|Foreign relations of the Gambia|Gambia",
            "ForeignrelationsofSãoToméandPríncipe|Foreign relations of São Tomé and Príncipe|São Tomé and Príncipe",
    })
    void aSpacelessTitleGetsItsSpacesAndCountryBack(String spaceless, String title, String country) {
        SpacelessTitle.Recovered recovered = SpacelessTitle.recover(spaceless, TestDataset.gazetteer()).orElseThrow();
        assertEquals(title, recovered.title());
        assertEquals(TestDataset.gazetteer().country(country).orElseThrow(), recovered.country());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ForeignrelationsofAtlantis", "HistoryofPeru", "Foreignrelationsof", "",
            "ForeignrelationsoftheSyrianpeople"})
    void aTitleNamingNoKnownCountryGivesNothing(String spaceless) {
        assertTrue(SpacelessTitle.recover(spaceless, TestDataset.gazetteer()).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void theAddressKeepsAccentsPercentEncoded() {
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_S%C3%A3o_Tom%C3%A9_and_Pr%C3%ADncipe",
                SpacelessTitle.url("Foreign relations of São Tomé and Príncipe"));
    }
}
