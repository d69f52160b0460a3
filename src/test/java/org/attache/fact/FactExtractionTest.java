package org.attache.fact;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named facts of every type, read from the real seed files, with their citations. */
class FactExtractionTest {
    private static List<Fact> facts(FactType type, String kind, String snapshot) {
        return TestDataset.bundled().facts().stream()
                .filter(f -> f.type() == type && f.kind().label().equals(kind) && f.provenance().snapshot().equals(snapshot))
                .toList();
    }

    private static Fact only(List<Fact> facts, String subject, String counterpart) {
        List<Fact> matching = facts.stream().filter(f -> f.subject().equals(TestDataset.id(subject))
                && f.counterpart().equals(TestDataset.id(counterpart))).toList();
        assertEquals(1, matching.size(), "facts " + subject + " / " + counterpart + ": " + matching);
        return matching.get(0);
    }

    @Test
    void mexicoElSalvadorEstablished1838WithMexicoSectionLink() {
        Fact fact = only(facts(FactType.RELATION_EVENT, "established", "2014-10"), "El Salvador", "Mexico");
        assertEquals("1838", fact.date().orElseThrow().iso());
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_El_Salvador#Mexico", fact.provenance().url());
        assertEquals("Diplomatic relations between Mexico and El Salvador were established in 1838.",
                fact.provenance().sentence());
    }

    @Test
    void relationEventsCarryTheirKindsAndDates() {
        List<Fact> sadr = TestDataset.bundled().facts().stream()
                .filter(f -> f.provenance().snapshot().equals("2014-10")
                        && f.counterpart().equals(TestDataset.id("Sahrawi Arab Democratic Republic")))
                .toList();
        assertEquals(List.of("recognised 1989-07-31", "cancelled 1997-04", "restored 2009-06", "upgraded 2010-11-30"),
                sadr.stream().map(f -> f.kind().label() + " " + f.date().orElseThrow().iso()).toList());
        assertEquals("2009-06-01", only(facts(FactType.RELATION_EVENT, "resumed", "2014-10"), "El Salvador", "Cuba")
                .date().orElseThrow().iso());
        assertEquals("2013-06-29", only(facts(FactType.RELATION_EVENT, "recognised", "2014-10"), "El Salvador",
                "Kosovo").date().orElseThrow().iso());
    }

    @Test
    void negatedAndHedgedVerbsAreNotEvents() {
        // "will not break its diplomatic ties with Taiwan", "expected to join … governments that recognised Palestine"
        assertTrue(facts(FactType.RELATION_EVENT, "severed", "2014-10").isEmpty());
        assertFalse(facts(FactType.RELATION_EVENT, "recognised", "2014-10").stream()
                .anyMatch(f -> f.date().map(d -> d.iso().equals("2010")).orElse(false)));
    }

    @Test
    void indiaHonoraryConsulateInSanSalvadorWithItsReferenceUrl() {
        Fact fact = only(facts(FactType.MISSION, "honorary consulate", "2014-10"), "India", "El Salvador");
        assertEquals(Optional.of("San Salvador"), fact.name());
        assertEquals(Optional.of("http://mea.gov.in/indian-mission.htm?202/202/0"),
                fact.provenance().references().get(0).url());
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_El_Salvador#India", fact.provenance().url());
    }

    @Test
    void ecuadorConsulatesGeneralInSpain() {
        Set<String> cities = facts(FactType.MISSION, "consulate-general", "2013-01").stream()
                .filter(f -> f.subject().equals(TestDataset.id("Ecuador")) && f.counterpart().equals(TestDataset.id("Spain")))
                .map(f -> f.name().orElseThrow()).collect(Collectors.toSet());
        assertEquals(Set.of("Alicante", "Barcelona", "Málaga", "Murcia", "Palma de Mallorca", "Valencia"), cities);
        Fact spainInEcuador = only(facts(FactType.MISSION, "consulate-general", "2013-01"), "Spain", "Ecuador");
        assertEquals(Optional.of("Guayaquil"), spainInEcuador.name());
    }

    @Test
    void missionsAreOwnedByTheirCountryEvenWhenNamedByDemonym() {
        Fact london = only(facts(FactType.MISSION, "embassy", "2013-01"), "Ecuador", "United Kingdom");
        assertEquals(Optional.of("London"), london.name());
    }

    @Test
    void membershipsIncludeBothCountriesOfASection() {
        List<Fact> members = facts(FactType.MEMBERSHIP, "member", "2014-10");
        only(members.stream().filter(f -> f.provenance().section().equals(Optional.of("Mexico"))).toList(),
                "Mexico", "Organization of Ibero-American States");
        assertTrue(members.stream().anyMatch(f -> f.subject().equals(TestDataset.id("El Salvador"))
                && f.counterpart().equals(TestDataset.id("Central American Integration System"))));
        only(facts(FactType.MEMBERSHIP, "founding member", "2013-01"), "Ecuador", "United Nations");
    }

    @Test
    void conflictsAndTreatiesWithTheirDates() {
        Fact war = only(facts(FactType.CONFLICT, "war", "2014-10").stream()
                .filter(f -> f.name().orElse("").contains("Football War")).toList(), "El Salvador", "Honduras");
        assertEquals("1969-07", war.date().orElseThrow().iso());
        Fact treaty = only(facts(FactType.TREATY, "treaty", "2014-10"), "El Salvador", "Honduras");
        assertEquals("1980-10-30", treaty.date().orElseThrow().iso());
        Fact ruling = only(facts(FactType.TREATY, "ruling", "2014-10"), "El Salvador", "Honduras");
        assertEquals("1992-09", ruling.date().orElseThrow().iso());
        Fact cenepa = only(facts(FactType.CONFLICT, "war", "2013-01").stream()
                .filter(f -> f.name().equals(Optional.of("Cenepa War"))).toList(), "Ecuador", "Peru");
        assertEquals("1995", cenepa.date().orElseThrow().iso());
    }

    @Test
    void aDateGoesToTheEventItStandsNextTo() {
        // "signed a peace treaty on October 30, 1980, which put the border dispute before the court"
        Fact dispute = only(facts(FactType.CONFLICT, "dispute", "2014-10"), "El Salvador", "Honduras");
        assertEquals(Optional.empty(), dispute.date());
        // "… the Cenepa War between Ecuador and Peru in early 1995; after a peace agreement brokered by …": the
        // agreement's clause names no party of its own, so it is no fact at all, and surely none dated 1995
        assertTrue(facts(FactType.TREATY, "agreement", "2013-01").stream()
                .filter(f -> f.name().equals(Optional.of("peace agreement"))).allMatch(f -> f.date().isEmpty()));
    }

    @Test
    void figuresOfEveryKind() {
        Fact koreans = only(facts(FactType.FIGURE, "diaspora", "2014-10"), "South Korea", "El Salvador");
        assertEquals(Optional.of("258"), koreans.name());
        Fact salvadorans = only(facts(FactType.FIGURE, "diaspora", "2014-10"), "El Salvador", "Honduras");
        assertEquals(Optional.of("300,000"), salvadorans.name());
        assertEquals(Optional.of("$80 million"),
                only(facts(FactType.FIGURE, "credit line", "2013-01"), "China", "Ecuador").name());
        assertEquals(Optional.of("about US$15 million"),
                only(facts(FactType.FIGURE, "trade value", "2013-01"), "Ecuador", "Malaysia").name());
    }

    @Test
    void flagsOfTheSourceTravelWithTheFact() {
        Fact war = facts(FactType.CONFLICT, "war", "2014-10").stream()
                .filter(f -> f.counterpart().equals(TestDataset.id("Honduras"))).findFirst().orElseThrow();
        assertTrue(war.provenance().flags().contains(org.attache.article.Flag.UNREFERENCED));
    }
}
