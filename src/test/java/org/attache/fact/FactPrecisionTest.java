package org.attache.fact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.attache.TestCorpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fact precision against sets labelled by hand (src/test/resources/facts/precision-set*.yaml): facts sampled at
 * random from the corpus's extraction, each judged supported or not by its own sentence. Of the labelled facts the
 * extraction still reads (same id, same statement), the share that are supported, by type; a labelled-unsupported
 * fact read again counts against it. Facts the extraction no longer reads are reported, and most must still be
 * read, so that the figure cannot pass by reading nothing.
 */
class FactPrecisionTest {
    /** Floors per type, set from measurement: what the extraction keeps. */
    static final double PRECISION_FLOOR = 0.9;
    static final double STILL_READ_FLOOR = 0.8;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Labelled(String id, FactType type, String statement, boolean supported) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PrecisionSet(List<Labelled> facts) {
    }

    @Test
    void labelledFactsAreSupportedAboveTheFloorForEveryType() throws IOException {
        List<Labelled> labelled = new ArrayList<>();
        for (String set : List.of("/facts/precision-set.yaml", "/facts/precision-set-2.yaml",
                "/facts/precision-set-3.yaml", "/facts/precision-set-4.yaml", "/facts/precision-set-5.yaml",
                "/facts/precision-set-6.yaml", "/facts/precision-set-7.yaml",
                "/facts/precision-set-8.yaml", "/facts/precision-set-9.yaml", "/facts/precision-set-10.yaml",
                "/facts/precision-set-11.yaml", "/facts/precision-set-12.yaml")) {
            try (InputStream in = FactPrecisionTest.class.getResourceAsStream(set)) {
                labelled.addAll(new ObjectMapper(new YAMLFactory()).readValue(in, PrecisionSet.class).facts());
            }
        }
        Set<String> read = TestCorpus.withBundled().facts().stream().map(f -> f.id().value() + "|" + f.statement())
                .collect(Collectors.toSet());
        Map<FactType, int[]> byType = new TreeMap<>();
        int stillRead = 0;
        List<String> wrongStillRead = new ArrayList<>();
        for (Labelled fact : labelled) {
            if (!read.contains(fact.id() + "|" + fact.statement())) {
                continue;
            }
            stillRead++;
            int[] counts = byType.computeIfAbsent(fact.type(), t -> new int[2]);
            counts[0] += fact.supported() ? 1 : 0;
            counts[1]++;
            if (!fact.supported()) {
                wrongStillRead.add(fact.statement());
            }
        }
        StringBuilder line = new StringBuilder();
        byType.forEach((type, c) -> line.append(String.format(Locale.ROOT, " %s %d/%d (%.1f%%)", type, c[0], c[1],
                100.0 * c[0] / c[1])));
        System.out.printf(Locale.ROOT, "fact precision: %d of %d labelled facts still read;%s%n", stillRead,
                labelled.size(), line);
        assertTrue(stillRead >= STILL_READ_FLOOR * labelled.size(), "labelled facts still read: " + stillRead);
        byType.forEach((type, c) -> assertTrue((double) c[0] / c[1] >= PRECISION_FLOOR,
                type + " precision " + c[0] + "/" + c[1] + "; unsupported still read: " + wrongStillRead));
    }
}
