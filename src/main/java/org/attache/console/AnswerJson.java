package org.attache.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attache.answer.Answer;
import org.attache.answer.Citation;
import org.attache.answer.ConflictNote;

/**
 * An answer as one line of JSON, the public contract of {@code ask --json}:
 * {@code {"question", "answered", "intent", "entities", "text", "citations": [{"title", "url", "section",
 * "references", "snapshot", "quote", "flags"}], "conflicts": [{"snapshot", "quote", "url"}]}}.
 */
final class AnswerJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerJson() {
    }

    static String line(Answer answer) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("question", answer.question());
        root.put("answered", answer.answered());
        root.put("intent", answer.intent());
        ArrayNode entities = root.putArray("entities");
        answer.entities().forEach(entities::add);
        root.put("text", answer.text());
        ArrayNode citations = root.putArray("citations");
        for (Citation citation : answer.citations()) {
            ObjectNode c = citations.addObject();
            c.put("title", citation.title());
            c.put("url", citation.url());
            if (citation.section().isPresent()) {
                c.put("section", citation.section().get());
            } else {
                c.putNull("section");
            }
            ArrayNode references = c.putArray("references");
            citation.references().forEach(references::add);
            c.put("snapshot", citation.snapshot());
            c.put("quote", citation.quote());
            ArrayNode flags = c.putArray("flags");
            citation.flags().forEach(flags::add);
        }
        ArrayNode conflicts = root.putArray("conflicts");
        for (ConflictNote conflict : answer.conflicts()) {
            ObjectNode c = conflicts.addObject();
            c.put("snapshot", conflict.snapshot());
            c.put("quote", conflict.quote());
            c.put("url", conflict.url());
        }
        return root.toString();
    }
}
