package org.attache.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.attache.article.ArticleSource;
import org.attache.article.SourceFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The list of sources to load ({@code data/sources.yaml}): file, format, title, country, URL and snapshot of each.
 * An entry that lacks a field or names an unknown format is reported with its line and left out; the others load.
 */
public final class SourceManifest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> REQUIRED = List.of("file", "format", "snapshot");
    /** What an entry for a file of one article must say of it; a dataset's rows say it for themselves. */
    private static final List<String> ARTICLE_FIELDS = List.of("title", "country", "url");

    private final Path file;
    private final List<ManifestEntry> entries;

    private SourceManifest(Path file, List<ManifestEntry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
    }

    /** Reads the manifest; problems go to the log and leave out only the entry they concern. */
    public static SourceManifest read(Path manifest, ProblemLog problems) {
        String name = relativeToWorkingFolder(manifest);
        List<ManifestEntry> entries = new ArrayList<>();
        if (!Files.isRegularFile(manifest)) {
            problems.report(name, 1, "manifest not found: no sources can be loaded");
            return new SourceManifest(manifest, entries);
        }
        try (JsonParser parser = YAML.getFactory().createParser(Files.newInputStream(manifest))) {
            if (!advanceToSources(parser)) {
                problems.report(name, 1, "the manifest needs a top-level 'sources:' list");
                return new SourceManifest(manifest, entries);
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = lineOf(parser.currentTokenLocation());
                JsonNode node = YAML.readTree(parser);
                toSource(node, name, line, problems).ifPresent(source -> entries.add(new ManifestEntry(source, line)));
            }
        } catch (IOException e) {
            problems.report(name, e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                    && jpe.getLocation() != null ? lineOf(jpe.getLocation()) : 1,
                    "the manifest is not valid YAML: " + firstLine(e.getMessage()));
        }
        return new SourceManifest(manifest, entries);
    }

    public List<ManifestEntry> entries() {
        return entries;
    }

    /** The manifest's own name for problems about it. */
    public String name() {
        return relativeToWorkingFolder(file);
    }

    /** The source file an entry names: absolute, or relative to the manifest's folder. */
    public Path resolve(ArticleSource source) {
        Path folder = file.toAbsolutePath().getParent();
        return folder.resolve(source.file());
    }

    /** How to name an entry's file in a problem: relative to the working folder when it lies below it. */
    public String displayName(ArticleSource source) {
        return relativeToWorkingFolder(resolve(source));
    }

    private static String relativeToWorkingFolder(Path path) {
        if (path.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            // a file inside the jar (the bundled data): its path there says which it is
            return path.toString();
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    private static boolean advanceToSources(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("sources".equals(field) && value == JsonToken.START_ARRAY) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static Optional<ArticleSource> toSource(JsonNode node, String manifest, int line, ProblemLog problems) {
        List<String> missing = REQUIRED.stream().filter(f -> lacks(node, f)).toList();
        if (!missing.isEmpty()) {
            problems.leftOut(manifest, line, "source entry lacks " + String.join(", ", missing) + ": left out");
            return Optional.empty();
        }
        Optional<SourceFormat> format = SourceFormat.fromManifestName(node.get("format").asText());
        if (format.isEmpty()) {
            problems.leftOut(manifest, line, "unknown format '" + node.get("format").asText()
                    + "' (expected one of " + SourceFormat.manifestNames() + "): left out");
            return Optional.empty();
        }
        List<String> undescribed = format.get().oneArticle()
                ? ARTICLE_FIELDS.stream().filter(f -> lacks(node, f)).toList() : List.of();
        if (!undescribed.isEmpty()) {
            problems.leftOut(manifest, line, "source entry lacks " + String.join(", ", undescribed) + ": left out");
            return Optional.empty();
        }
        String snapshot = node.get("snapshot").asText().trim();
        if (!snapshot.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            problems.leftOut(manifest, line, "snapshot '" + snapshot + "' is not yyyy-mm or yyyy-mm-dd: left out");
            return Optional.empty();
        }
        String derivation = node.hasNonNull("snapshot-derivation") ? node.get("snapshot-derivation").asText().trim()
                : "";
        if (derivation.isEmpty()) {
            problems.report(manifest, line, "snapshot-derivation is missing: say how the snapshot date was derived");
        }
        return Optional.of(new ArticleSource(node.get("file").asText().trim(), format.get(), text(node, "title"),
                text(node, "country"), text(node, "url"), snapshot, derivation));
    }

    private static boolean lacks(JsonNode node, String field) {
        return !node.hasNonNull(field) || node.get(field).asText().isBlank();
    }

    /** A field's text; empty for the article fields a dataset entry leaves to its rows. */
    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText().trim() : "";
    }

    private static int lineOf(JsonLocation location) {
        return Math.max(1, location.getLineNr());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
