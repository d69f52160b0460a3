package org.attache.console;

import org.attache.fact.Contradiction;
import org.attache.fact.Fact;
import org.attache.fact.FactDate;
import org.attache.fact.Provenance;
import org.attache.fact.RelationsDataset;

import java.util.List;
import java.util.Optional;

/**
 * Facts and contradictions as {@code facts --json} prints them: the parties by display name for people and by
 * gazetteer id for scripts, the kind by its label.
 */
final class FactJson {
    record FactView(String id, String type, String kind, String subject, String subjectId, String counterpart,
                    String counterpartId, Optional<String> name, Optional<FactDate> date, String statement,
                    Provenance provenance) {
    }

    record ContradictionView(String article, String subject, String counterpart, String topic,
                             List<FactView> statements, String explanation) {
    }

    private final RelationsDataset dataset;

    FactJson(RelationsDataset dataset) {
        this.dataset = dataset;
    }

    FactView of(Fact fact) {
        return new FactView(fact.id().value(), fact.type().name(), fact.kind().label(), dataset.name(fact.subject()),
                fact.subject().value(), dataset.name(fact.counterpart()), fact.counterpart().value(), fact.name(),
                fact.date(), fact.statement(), fact.provenance());
    }

    ContradictionView of(Contradiction contradiction) {
        String topic = contradiction.about() == Contradiction.Disagreement.STANDING ? "standing of relations"
                : contradiction.statements().get(0).kind().label();
        return new ContradictionView(contradiction.article(), dataset.name(contradiction.subject()),
                dataset.name(contradiction.counterpart()), topic,
                contradiction.statements().stream().map(this::of).toList(), contradiction.explanation());
    }
}
