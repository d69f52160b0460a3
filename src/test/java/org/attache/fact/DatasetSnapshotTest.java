package org.attache.fact;

import org.attache.TestDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DatasetSnapshotTest {
    @Test
    void aPreparedDatasetReadsBackAsTheParsedOne() throws IOException {
        RelationsDataset parsed = TestDataset.bundled();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetSnapshot.write(parsed, "abc", out);
        RelationsDataset read = DatasetSnapshot.read(new ByteArrayInputStream(out.toByteArray()), "abc",
                TestDataset.gazetteer()).orElseThrow();
        assertEquals(parsed.articles(), read.articles());
        assertEquals(parsed.facts(), read.facts());
        assertEquals(parsed.contradictions(), read.contradictions());
    }

    @Test
    void aPreparedDatasetIsIgnoredOnceTheSourcesChange(@TempDir Path folder) throws IOException {
        for (String file : new String[] {"sources.yaml", "gazetteer.yaml", "000_cef1b8242c0fbb44.txt",
                "001_9321475e5f116552.txt", "002_8161861392028c37.txt"}) {
            Files.copy(Path.of("data", file), folder.resolve(file));
        }
        String before = DatasetSnapshot.fingerprint(folder.resolve("sources.yaml"), folder.resolve("gazetteer.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetSnapshot.write(TestDataset.bundled(), before, out);

        Files.writeString(folder.resolve("002_8161861392028c37.txt"), "\nEcuador and Peru signed a treaty in 1942.",
                java.nio.file.StandardOpenOption.APPEND);
        String after = DatasetSnapshot.fingerprint(folder.resolve("sources.yaml"), folder.resolve("gazetteer.yaml"));
        assertNotEquals(before, after);
        assertEquals(Optional.empty(), DatasetSnapshot.read(new ByteArrayInputStream(out.toByteArray()), after,
                TestDataset.gazetteer()));
    }
}
