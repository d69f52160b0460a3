package org.attache.article;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a source file is written. */
public enum SourceFormat {
    /** MediaWiki markup: headings, {@code <ref>}, templates, links. */
    WIKITEXT("wikitext"),
    /** A scraped-dataset record: an id line, a title line, then plain text with [n] reference markers. */
    DATASET_RECORD("dataset-record");

    private final String manifestName;

    SourceFormat(String manifestName) {
        this.manifestName = manifestName;
    }

    @JsonValue
    public String manifestName() {
        return manifestName;
    }

    public static Optional<SourceFormat> fromManifestName(String name) {
        return Arrays.stream(values())
                .filter(f -> f.manifestName.equals(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
