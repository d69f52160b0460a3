package org.attache.gazetteer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The gazetteer's key for an entity: the ISO 3166 code of a country ("SV"; user-assigned codes for states the list
 * lacks), "org:" and an organisation's id, "city:" or "region:" and a name. Facts, questions and the sentence index
 * name entities by it; display names are for rendering only.
 */
public record EntityId(String value) implements Comparable<EntityId> {
    @JsonCreator
    public EntityId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an entity id cannot be blank");
        }
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(EntityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
