package org.attache.source.wikitext;

import org.attache.article.Flag;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The maintenance templates editors put on articles, by the names (and redirects) Wikipedia knows them under, with
 * what they mark: the sentence they follow, or the section (the whole article when placed in the lead).
 */
enum MaintenanceTemplate {
    CITATION_NEEDED(Flag.CITATION_NEEDED, false, "citation needed", "cn", "fact", "citation required",
            "citeneeded", "needs citation"),
    WHERE(Flag.VAGUE_PLACE, false, "where", "where?"),
    WHEN(Flag.VAGUE_TIME, false, "when", "when?"),
    WHO(Flag.VAGUE_WHO, false, "who", "who?"),
    CLARIFY(Flag.NEEDS_CLARIFICATION, false, "clarify", "clarification needed"),
    DEAD_LINK(Flag.DEAD_LINK, false, "dead link", "deadlink"),
    UNREFERENCED(Flag.UNREFERENCED, true, "unreferenced section", "unreferenced", "unsourced", "no references"),
    MORE_REFERENCES(Flag.MORE_REFERENCES_NEEDED, true, "refimprove", "more citations needed", "refimprove section",
            "more citations needed section", "citations needed");

    private final Flag flag;
    private final boolean marksSection;
    private final List<String> names;

    MaintenanceTemplate(Flag flag, boolean marksSection, String... names) {
        this.flag = flag;
        this.marksSection = marksSection;
        this.names = List.of(names);
    }

    static Optional<MaintenanceTemplate> named(String normalizedName) {
        return Arrays.stream(values()).filter(t -> t.names.contains(normalizedName)).findFirst();
    }

    Flag flag() {
        return flag;
    }

    /** True when the template marks its whole section rather than the sentence before it. */
    boolean marksSection() {
        return marksSection;
    }
}
