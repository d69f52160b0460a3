package org.attache.fact;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactIdTest {
    @Test
    void aFactIdIsTheSameOnEveryRunAndMachine() {
        FactId id = FactId.of(FactType.MISSION, List.of("Foreign relations of Peru", "2019-07", "12",
                "Peru has an embassy in Quito.", "MISSION:embassy", "PE", "EC", "Quito"));
        // computed independently: the type's initial and the first 12 hex digits of SHA-256 over the NUL-ended parts
        assertEquals(new FactId("m9a6a88f97eb7"), id);
    }

    @Test
    void everyBundledFactHasItsOwnIdAndTheDatasetFindsItByIt() {
        RelationsDataset dataset = TestDataset.bundled();
        Set<FactId> ids = new HashSet<>();
        for (Fact fact : dataset.facts()) {
            assertTrue(ids.add(fact.id()), "duplicate id " + fact.id());
            assertEquals(fact, dataset.fact(fact.id()).orElseThrow());
        }
    }

    @Test
    void theSameFactReadAgainHasTheSameId() {
        RelationsDataset again = TestDataset.load(TestDataset.MANIFEST);
        assertEquals(TestDataset.bundled().facts().stream().map(Fact::id).toList(),
                again.facts().stream().map(Fact::id).toList());
    }
}
