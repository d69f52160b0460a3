package org.attache.article;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a source file is written. */
public enum SourceFormat {
    /** MediaWiki markup: headings, {@code <ref>}, templates, links. */
    WIKITEXT("wikitext", true),
    /** A scraped-dataset record: an id line, a title line, then plain text with [n] reference markers. */
    DATASET_RECORD("dataset-record", true),
    /**
     * A scraped dataset as CSV: a header {@code id,title,text}, one article a row, titles without spaces. The
     * manifest gives only the file and the snapshot; each row says its title, and so its country and address.
     */
    DATASET_CSV("dataset-csv", false);

    private final String manifestName;
    private final boolean oneArticle;

    SourceFormat(String manifestName, boolean oneArticle) {
        this.manifestName = manifestName;
        this.oneArticle = oneArticle;
    }

    /** True when a file holds one article, which the manifest must then describe (title, country, address). */
    public boolean oneArticle() {
        return oneArticle;
    }

    /** The names the manifest knows, for a message. */
    public static String manifestNames() {
        return String.join(", ", Arrays.stream(values()).map(SourceFormat::manifestName).toList());
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
