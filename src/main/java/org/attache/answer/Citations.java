package org.attache.answer;

import org.attache.article.Article;
import org.attache.article.Flag;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.article.Reference;
import org.attache.fact.Fact;
import org.attache.fact.Provenance;
import org.attache.fact.RelationsDataset;
import org.attache.fact.SnapshotAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the citation of a fact. A sentence from a source without sections or reference addresses (the scraped
 * record) borrows the section link and reference addresses of an older snapshot, but only when that snapshot
 * states the same fact, and the citation says so.
 */
final class Citations {
    private final RelationsDataset dataset;

    Citations(RelationsDataset dataset) {
        this.dataset = dataset;
    }

    Citation of(Fact fact) {
        Provenance p = fact.provenance();
        List<String> references = urls(p.references());
        List<String> flags = new ArrayList<>(p.flags().stream().map(Flag::description).sorted().toList());
        String url = p.url();
        Optional<String> section = p.section();
        if (section.isEmpty() || references.isEmpty()) {
            Optional<Fact> same = SnapshotAlignment.sameStatementElsewhere(fact, dataset.sameStatement(fact)).stream()
                    .filter(f -> f.provenance().section().isPresent()).findFirst();
            if (same.isPresent()) {
                Provenance older = same.get().provenance();
                List<String> borrowed = new ArrayList<>();
                if (section.isEmpty()) {
                    section = older.section();
                    url = older.url();
                    borrowed.add("section link");
                }
                if (references.isEmpty() && !urls(older.references()).isEmpty()) {
                    references = urls(older.references());
                    borrowed.add("references");
                }
                if (!borrowed.isEmpty()) {
                    flags.add(String.join(" and ", borrowed) + " from the " + older.snapshot()
                            + " snapshot, which states the same fact");
                }
            }
        }
        return new Citation(p.article(), url, section, references, p.snapshot(), p.sentence(), flags);
    }

    /** The citation of a sentence no typed fact was read from. */
    Citation of(Article article, Section section, Sentence sentence) {
        List<String> flags = new ArrayList<>();
        sentence.flags().forEach(f -> flags.add(f.description()));
        section.flags().forEach(f -> flags.add(f.description()));
        article.flags().forEach(f -> flags.add(f.description()));
        return new Citation(article.title(), article.linkTo(section), section.heading(),
                urls(sentence.references()), article.snapshot(), sentence.text(), flags.stream().distinct().sorted()
                .toList());
    }

    private static List<String> urls(List<Reference> references) {
        return references.stream().flatMap(r -> r.url().stream()).distinct().toList();
    }
}
