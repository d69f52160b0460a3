package org.attache.fact;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotContradictionTest {
    private static Contradiction about(String counterpart, String topic) {
        List<Contradiction> found = TestDataset.bundled().contradictions().stream()
                .filter(c -> c.counterpart().equals(TestDataset.id(counterpart)) && topic(c).equals(topic)).toList();
        assertEquals(1, found.size(), counterpart + " / " + topic + " in " + TestDataset.bundled().contradictions());
        return found.get(0);
    }

    private static String topic(Contradiction c) {
        return c.about() == Contradiction.Disagreement.STANDING ? "standing of relations"
                : c.statements().get(0).kind().label();
    }

    @Test
    void taiwanMaintainedIn2014ButSeveredIn2019NewestFirst() {
        Contradiction taiwan = about("Taiwan", "standing of relations");
        assertEquals(List.of("2019-11", "2014-10"),
                taiwan.statements().stream().map(f -> f.provenance().snapshot()).toList());
        assertEquals(List.of("severed", "maintained"), taiwan.statements().stream().map(f -> f.kind().label()).toList());
    }

    @Test
    void chinaWithoutRelationsIn2014ButEstablishedIn2019() {
        Contradiction china = about("China", "standing of relations");
        assertEquals(List.of("established", "not maintained"), china.statements().stream().map(f -> f.kind().label()).toList());
    }

    @Test
    void cubaSuspensionDatesDisagree() {
        Contradiction cuba = about("Cuba", "suspended");
        assertEquals(List.of("1961", "50 years ago"),
                cuba.statements().stream().map(f -> f.date().orElseThrow().text()).toList());
        assertTrue(cuba.explanation().contains("1961") && cuba.explanation().contains("50 years ago"));
    }

    @Test
    void agreeingSnapshotsAreNotContradictions() {
        assertTrue(TestDataset.bundled().contradictions().stream()
                .noneMatch(c -> c.counterpart().equals(TestDataset.id("Mexico")) || c.counterpart().equals(TestDataset.id("Sahrawi Arab Democratic Republic"))));
        Fact newer = TestDataset.bundled().facts().stream()
                .filter(f -> f.provenance().snapshot().equals("2019-11") && f.counterpart().equals(TestDataset.id("Mexico"))
                        && f.kind().label().equals("established")).findFirst().orElseThrow();
        List<Fact> older = SnapshotAlignment.sameStatementElsewhere(newer, TestDataset.bundled().sameStatement(newer));
        assertEquals("https://en.wikipedia.org/wiki/Foreign_relations_of_El_Salvador#Mexico",
                older.get(0).provenance().url());
    }
}
