package org.attache.fact;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.attache.gazetteer.EntityId;

import java.util.Optional;

/**
 * One typed fact with its provenance.
 *
 * @param id          stable identifier (see {@link FactId})
 * @param kind        what sort of fact, narrowly (established, embassy, war, trade value …); its family is the type
 * @param subject     the country the fact is about (for a mission, the country whose mission it is)
 * @param counterpart the other country or the organisation (for a mission, the host country)
 * @param name        what the fact names, where it names something: a war, a treaty, a city, an amount
 * @param date        when, as the sentence states it
 * @param statement   the fact in a short sentence of our own
 * @param provenance  where it was read
 */
public record Fact(FactId id,
                   @JsonSerialize(using = FactKindJson.Writer.class)
                   @JsonDeserialize(using = FactKindJson.Reader.class) FactKind kind,
                   EntityId subject, EntityId counterpart, Optional<String> name, Optional<FactDate> date,
                   String statement, Provenance provenance) {

    /** The fact's family. */
    public FactType type() {
        return kind.type();
    }

    /**
     * True when a treaty's or conflict's name says which one it is ("the Treaty of Saadabad", "the Football War"),
     * not only what kind ("Agreement", "War", read from "signed an agreement").
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean namesWhichOne() {
        return name.filter(n -> n.strip().contains(" ")).isPresent();
    }

    /** True when the fact concerns this country or organisation, as subject or counterpart. */
    public boolean involves(EntityId entity) {
        return subject.equals(entity) || counterpart.equals(entity);
    }

    /** The party that is not {@code side}: the counterpart of the subject, the subject of the counterpart. */
    public EntityId other(EntityId side) {
        return subject.equals(side) ? counterpart : subject;
    }
}
