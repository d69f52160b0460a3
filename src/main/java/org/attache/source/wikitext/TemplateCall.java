package org.attache.source.wikitext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A template call, {@code {{name|positional|key=value}}}, split into its name and parameters. Pipes inside nested
 * templates or links do not split.
 *
 * @param name       the template's name, lower case, white space and underscores folded to single spaces
 * @param positional positional parameters, trimmed
 * @param named      named parameters by lower-case key, trimmed
 */
record TemplateCall(String name, List<String> positional, Map<String, String> named) {

    /** Parses the text between the outer braces. */
    static TemplateCall parse(String inner) {
        List<String> parts = splitTopLevel(inner);
        String name = normalizeName(parts.get(0));
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (String part : parts.subList(1, parts.size())) {
            int equals = topLevelEquals(part);
            if (equals > 0 && part.substring(0, equals).trim().matches("[\\w\\s-]+")) {
                named.put(part.substring(0, equals).trim().toLowerCase(Locale.ROOT), part.substring(equals + 1).trim());
            } else {
                positional.add(part.trim());
            }
        }
        return new TemplateCall(name, positional, named);
    }

    static String normalizeName(String raw) {
        return raw.replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The first non-blank named parameter among these keys. */
    Optional<String> param(String... keys) {
        for (String key : keys) {
            String value = named.get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static List<String> splitTopLevel(String inner) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            if (inner.startsWith("{{", i) || inner.startsWith("[[", i)) {
                depth++;
                i++;
            } else if ((inner.startsWith("}}", i) || inner.startsWith("]]", i)) && depth > 0) {
                depth--;
                i++;
            } else if (inner.charAt(i) == '|' && depth == 0) {
                parts.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(inner.substring(start));
        return parts;
    }

    private static int topLevelEquals(String part) {
        int depth = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '=' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
