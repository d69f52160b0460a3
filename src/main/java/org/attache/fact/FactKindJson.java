package org.attache.fact;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;

/** A fact kind in JSON as its code ("MISSION:embassy"): the kinds are enums of several families. */
public final class FactKindJson {
    private FactKindJson() {
    }

    public static final class Writer extends JsonSerializer<FactKind> {
        @Override
        public void serialize(FactKind kind, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(FactKind.code(kind));
        }
    }

    public static final class Reader extends JsonDeserializer<FactKind> {
        @Override
        public FactKind deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String code = json.getValueAsString();
            return FactKind.fromCode(code).orElseThrow(() -> context.weirdStringException(code, FactKind.class,
                    "not a known fact kind"));
        }
    }
}
