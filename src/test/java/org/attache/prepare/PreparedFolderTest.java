package org.attache.prepare;

import org.attache.TestDataset;
import org.attache.fact.RelationsDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dataset is prepared once, read back at the next start, and prepared again whenever it cannot be trusted. */
class PreparedFolderTest {
    private static final String FINGERPRINT = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path root;
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final AtomicInteger builds = new AtomicInteger();

    private PreparedFolder folder() {
        return new PreparedFolder(root, new PrintStream(messages, true, StandardCharsets.UTF_8));
    }

    private Supplier<RelationsDataset> counted() {
        return () -> {
            builds.incrementAndGet();
            return TestDataset.bundled();
        };
    }

    private PreparedFolder.Prepared open() {
        return folder().open(FINGERPRINT, TestDataset.gazetteer(), counted());
    }

    @Test
    void aSecondStartReadsWhatTheFirstPreparedAndParsesNothing() {
        PreparedFolder.Prepared first = open();
        PreparedFolder.Prepared second = open();
        assertTrue(first.preparedNow());
        assertFalse(second.preparedNow());
        assertEquals(1, builds.get());
        RelationsDataset parsed = TestDataset.bundled();
        assertEquals(parsed.articles(), second.dataset().articles());
        assertEquals(parsed.facts(), second.dataset().facts());
        assertEquals(parsed.contradictions(), second.dataset().contradictions());
        assertTrue(messages.toString(StandardCharsets.UTF_8).contains("prepared 3 articles, " + parsed.facts().size() + " facts in"));
    }

    @Test
    void aTruncatedDatasetFileIsPreparedAgainNotTrusted() throws IOException {
        open();
        Path file = folder().folderOf(FINGERPRINT).resolve(DatasetFile.FACTS);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        PreparedFolder.Prepared again = open();
        assertTrue(again.preparedNow());
        assertEquals(2, builds.get());
        assertTrue(messages.toString(StandardCharsets.UTF_8).contains("cannot be used"));
    }

    @Test
    void aCorruptIndexIsPreparedAgain() throws IOException {
        open();
        Path index = folder().folderOf(FINGERPRINT).resolve(PreparedFolder.INDEX);
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        assertTrue(open().preparedNow());
        assertEquals(2, builds.get());
    }

    @Test
    void dataFromAnotherVersionIsNeverRead() throws IOException {
        open();
        // a folder of this fingerprint whose file says it was made from other data
        DatasetFile.write(TestDataset.bundled(), "another-fingerprint", folder().folderOf(FINGERPRINT));
        assertTrue(open().preparedNow());
    }

    @Test
    void preparingAnotherFingerprintRemovesTheOutdatedFolder() throws IOException {
        open();
        folder().open("fedcba9876543210fedcba9876543210", TestDataset.gazetteer(), counted());
        try (Stream<Path> folders = Files.list(root)) {
            assertEquals(List.of(folder().folderOf("fedcba9876543210fedcba9876543210")), folders.toList());
        }
    }

    @Test
    void startsAtOnceOnOneFolderAllSucceedAndLeaveOneSoundCopy() throws Exception {
        List<Thread> starts = new java.util.ArrayList<>();
        List<PreparedFolder.Prepared> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 3; i++) {
            Thread start = new Thread(() -> {
                try {
                    go.await();
                    results.add(open());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            start.start();
            starts.add(start);
        }
        go.countDown();
        for (Thread start : starts) {
            start.join();
        }
        assertEquals(3, results.size());
        results.forEach(r -> assertEquals(TestDataset.bundled().facts(), r.dataset().facts()));
        try (Stream<Path> folders = Files.list(root)) {
            assertEquals(List.of(folder().folderOf(FINGERPRINT)), folders.toList(), "no half-written folder left");
        }
        assertFalse(open().preparedNow());
    }

    @Test
    void theFingerprintChangesWithAnySourceTheGazetteerOrAMissingFile(@TempDir Path data) throws IOException {
        for (String file : new String[] {"sources.yaml", "gazetteer.yaml", "000_cef1b8242c0fbb44.txt",
                "001_9321475e5f116552.txt", "002_8161861392028c37.txt"}) {
            Files.copy(Path.of("data", file), data.resolve(file));
        }
        Path manifest = data.resolve("sources.yaml");
        Path gazetteer = data.resolve("gazetteer.yaml");
        String before = Fingerprint.of(manifest, gazetteer);
        assertEquals(before, Fingerprint.of(manifest, gazetteer));

        Files.writeString(data.resolve("002_8161861392028c37.txt"), "\nEcuador and Peru signed a treaty in 1942.",
                StandardOpenOption.APPEND);
        String afterSource = Fingerprint.of(manifest, gazetteer);
        assertNotEquals(before, afterSource);

        Files.writeString(gazetteer, "\n# a comment\n", StandardOpenOption.APPEND);
        String afterGazetteer = Fingerprint.of(manifest, gazetteer);
        assertNotEquals(afterSource, afterGazetteer);

        Files.delete(data.resolve("001_9321475e5f116552.txt"));
        assertNotEquals(afterGazetteer, Fingerprint.of(manifest, gazetteer));
    }
}
