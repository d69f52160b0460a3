package org.attache.answer;

import java.util.List;
import java.util.Optional;

/**
 * Where an answer's evidence was read.
 *
 * @param title      the article title
 * @param url        the section link, or the article's address when the sentence has no section
 * @param section    the section heading, when known
 * @param references the addresses the article gives for the sentence
 * @param snapshot   when the article's text was current
 * @param quote      the evidence sentence, verbatim
 * @param flags      what the source itself says of the sentence ("citation needed in the source"), and where a
 *                   section link or reference was borrowed from an older snapshot stating the same fact
 */
public record Citation(String title, String url, Optional<String> section, List<String> references, String snapshot,
                       String quote, List<String> flags) {
    public Citation {
        references = List.copyOf(references);
        flags = List.copyOf(flags);
    }
}
