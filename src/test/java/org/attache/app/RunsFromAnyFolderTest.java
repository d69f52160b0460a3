package org.attache.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The program as a jar, started in a folder that has no {@code data/} and no {@code config/}: it answers from the
 * dataset, gazetteer and configuration it carries, and keeps its state in that folder. The jar is made here from
 * the compiled classes, since the tests run before the build packages its own.
 */
class RunsFromAnyFolderTest {
    @TempDir
    Path folder;

    @Test
    void theJarAnswersFromItsOwnDataInAFolderWithNone() throws Exception {
        Path jar = folder.resolve("attache-classes.jar");
        jar(Path.of("target", "classes"), jar);
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));

        Process ask = start(jar, elsewhere, "ask", "When did Ecuador and China establish relations?");
        String out = new String(ask.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(ask.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ask.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, ask.exitValue(), err);
        assertTrue(out.startsWith("Ecuador and China established diplomatic relations (1980-01-02)."), out + err);
        assertTrue(out.contains("https://en.wikipedia.org/wiki/Foreign_relations_of_Ecuador#China"), out);
        assertTrue(Files.isDirectory(elsewhere.resolve("state").resolve("prepared")), "state/ is kept here");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(List.of("state"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** The program's classes and resources (the bundled data among them) as one jar. */
    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files =
                Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
    }

    /** The jar and the libraries, not the project's class folders: what the jar carries is all there is. */
    private static Process start(Path jar, Path workingFolder, String... args) throws IOException {
        List<String> classpath = new ArrayList<>(List.of(jar.toString()));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).forEach(classpath::add);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", String.join(File.pathSeparator, classpath), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingFolder.toFile()).start();
    }
}
