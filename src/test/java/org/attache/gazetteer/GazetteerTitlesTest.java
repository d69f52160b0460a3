package org.attache.gazetteer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every country, territory and state a "Foreign relations of …" title can name is a country of the gazetteer. */
class GazetteerTitlesTest {
    private static final Gazetteer GAZETTEER = GazetteerLoader.load(Path.of("data", "gazetteer.yaml"));

    private static List<String> found(String text) {
        return GAZETTEER.find(text).stream().map(m -> m.text(text) + "=" + m.entity().name()).toList();
    }

    private static String code(Entity country) {
        return country.id().toString();
    }

    private static Optional<String> countryNamed(String name) {
        return GAZETTEER.resolve(name).filter(Entity::isCountry).map(Entity::name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // UN member and observer states whose titles are long or have an article
            "Czech Republic", "Saint Vincent and the Grenadines", "Saint Kitts and Nevis", "Republic of the Congo",
            "Democratic Republic of the Congo", "Central African Republic", "Federated States of Micronesia",
            "Marshall Islands", "Comoros", "Dominican Republic", "Philippines", "Netherlands", "North Macedonia",
            "Eswatini", "Cape Verde", "Holy See", "Palestine",
            // states with limited recognition and de facto states
            "Taiwan", "Kosovo", "Sahrawi Arab Democratic Republic", "Northern Cyprus", "Somaliland", "Abkhazia",
            "South Ossetia", "Transnistria", "Artsakh", "Sovereign Military Order of Malta", "Syrian Opposition",
            // dependent territories, special administrative regions and autonomous areas
            "Hong Kong", "Macau", "Greenland", "Faroe Islands", "Åland", "Cayman Islands", "Bermuda", "Gibraltar",
            "Puerto Rico", "Aruba", "Curaçao", "Sint Maarten", "Isle of Man", "Jersey", "Guernsey", "Anguilla",
            "Montserrat", "British Virgin Islands", "United States Virgin Islands", "Turks and Caicos Islands",
            "Falkland Islands", "Cook Islands", "Niue", "Tokelau", "New Caledonia", "French Polynesia", "Guam",
            "American Samoa", "Northern Mariana Islands", "Réunion", "Saint Helena",
            // historic states
            "Soviet Union", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany", "Ottoman Empire",
            "South Vietnam", "Rhodesia", "Serbia and Montenegro", "Confederate States of America", "Hawaiian Kingdom",
            "Austria-Hungary", "Prussia", "Republic of Texas", "Netherlands Antilles",
    })
    void everyStateATitleCanNameIsACountry(String name) {
        Optional<Entity> entity = GAZETTEER.resolve(name);
        assertTrue(entity.isPresent(), name + " names nothing");
        assertEquals(EntityKind.COUNTRY, entity.get().kind(), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Syrian opposition|Syrian opposition",
            "Syrian National Coalition|Syrian opposition",
            "National Coalition for Syrian Revolutionary and Opposition Forces|Syrian opposition",
            "Syrian Interim Government|Syrian opposition",
            "Turkish Republic of Northern Cyprus|Northern Cyprus",
            "TRNC|Northern Cyprus",
            "Nagorno-Karabakh Republic|Artsakh",
            "Pridnestrovian Moldavian Republic|Transnistria",
            "Order of Malta|Sovereign Military Order of Malta",
            "USSR|Soviet Union",
            "Union of Soviet Socialist Republics|Soviet Union",
            "Socialist Federal Republic of Yugoslavia|Yugoslavia",
            "Kingdom of Yugoslavia|Yugoslavia",
            "Federal Republic of Yugoslavia|Serbia and Montenegro",
            "German Democratic Republic|East Germany",
            "GDR|East Germany",
            "Federal Republic of Germany|Germany",
            "Nazi Germany|Germany",
            "Republic of Vietnam|South Vietnam",
            "Socialist Republic of Vietnam|Vietnam",
            "North Vietnam|Vietnam",
            "Northern Rhodesia|Zambia",
            "Kingdom of Hawaii|Hawaiian Kingdom",
            "Libyan Arab Jamahiriya|Libya",
            "Zaire|Democratic Republic of the Congo",
            "Burma|Myanmar",
            "Swaziland|Eswatini",
            "Czechia|Czech Republic",
            "Vatican City|Holy See",
            "Micronesia|Federated States of Micronesia",
            "Falklands|Falkland Islands",
            "Aland Islands|Åland",
            "Curacao|Curaçao",
            "Hong Kong SAR China|Hong Kong",
    })
    void officialShortAndFormerNamesNameTheRightState(String name, String state) {
        assertEquals(Optional.of(state), countryNamed(name), name);
    }

    @Test
    void demonymsNameTheirStateInAnyCaseWhenLongEnough() {
        assertEquals(List.of("soviet=Soviet Union", "Yugoslav=Yugoslavia"), found("soviet and Yugoslav delegations"));
        assertEquals(List.of("Greenlandic=Greenland", "Faroese=Faroe Islands", "Puerto Ricans=Puerto Rico"),
                found("Greenlandic and Faroese fishermen met Puerto Ricans"));
        assertEquals(List.of("Turkish Cypriot=Northern Cyprus"), found("the Turkish Cypriot leader"));
        assertEquals(List.of("Manx=Isle of Man"), found("a Manx ferry"));
    }

    @Test
    void ordinaryWordsNameNoCountry() {
        assertEquals(List.of("soviet=Soviet Union"), found("The man from the island met the soviet delegation"));
        assertEquals(List.of(), found("the man and the cook met a virgin islander in texas"));
        assertEquals(List.of(), found("Man and Cook"));
        assertEquals(Optional.empty(), GAZETTEER.resolve("Texas"));
        assertEquals(Optional.empty(), GAZETTEER.resolve("Virgin Islands"));
    }

    @Test
    void theLongerHistoricNameWinsOverTheStatesInIt() {
        assertEquals(List.of("Serbia=Serbia", "Montenegro=Montenegro", "Serbia and Montenegro=Serbia and Montenegro"),
                found("Serbia, Montenegro and Serbia and Montenegro"));
        assertEquals(List.of("Austria=Austria", "Hungary=Hungary", "Austria-Hungary=Austria-Hungary"),
                found("Austria and Hungary, once Austria-Hungary"));
        assertEquals(List.of("Syria=Syria", "Syrian opposition=Syrian opposition"),
                found("the government of Syria and the Syrian opposition"));
        assertEquals(List.of("Cyprus=Cyprus", "Northern Cyprus=Northern Cyprus"), found("Cyprus and Northern Cyprus"));
    }

    @Test
    void congoAloneStaysUnresolvedBetweenTheTwoCongos() {
        assertEquals(Optional.empty(), GAZETTEER.resolve("Congo"));
        assertEquals(Optional.of("CG"), GAZETTEER.resolve("Republic of the Congo").map(GazetteerTitlesTest::code));
        assertEquals(Optional.of("CD"),
                GAZETTEER.resolve("Democratic Republic of the Congo").map(GazetteerTitlesTest::code));
    }

    @Test
    void everyCountryIsFoundByItsOwnName() {
        for (Entity country : GAZETTEER.entitiesOf(EntityKind.COUNTRY)) {
            assertEquals(Optional.of(country), GAZETTEER.resolve(country.name()), country.name());
        }
    }

    @Test
    void everyCodeOutsideTheIsoListIsUserAssigned() {
        Set<String> iso = Set.of(Locale.getISOCountries());
        for (Entity country : GAZETTEER.entitiesOf(EntityKind.COUNTRY)) {
            String code = code(country);
            boolean userAssigned = code.equals("AA") || code.equals("ZZ")
                    || code.length() == 2 && (code.charAt(0) == 'X' || code.charAt(0) == 'Q' && code.charAt(1) >= 'M');
            assertTrue(iso.contains(code) || userAssigned, country.name() + " has the code " + code);
        }
    }
}
