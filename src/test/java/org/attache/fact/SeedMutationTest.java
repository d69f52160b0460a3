package org.attache.fact;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The facts come from the files: change a seed (a copy) and the facts change with it. */
class SeedMutationTest {
    @TempDir
    Path folder;

    @Test
    void changingTheYearInACopyOfTheSeedChangesTheFact() throws IOException {
        for (String file : new String[] {"sources.yaml", "000_cef1b8242c0fbb44.txt", "001_9321475e5f116552.txt",
                "002_8161861392028c37.txt"}) {
            Files.copy(Path.of("data", file), folder.resolve(file));
        }
        Path older = folder.resolve("000_cef1b8242c0fbb44.txt");
        String text = Files.readString(older, StandardCharsets.UTF_8);
        Files.writeString(older, text.replace("were established in 1838", "were established in 1848"),
                StandardCharsets.UTF_8);
        RelationsDataset mutated = TestDataset.load(folder.resolve("sources.yaml"));
        Fact mexico = mutated.facts().stream().filter(f -> f.provenance().snapshot().equals("2014-10")
                && f.counterpart().equals(TestDataset.id("Mexico")) && f.kind().label().equals("established")).findFirst().orElseThrow();
        assertEquals("1848", mexico.date().orElseThrow().iso());
        // and the newer snapshot, still saying 1838, now contradicts it
        assertEquals(1, mutated.contradictions().stream().filter(c -> c.counterpart().equals(TestDataset.id("Mexico"))).count());
    }
}
