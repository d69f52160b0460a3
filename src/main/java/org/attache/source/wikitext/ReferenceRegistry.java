package org.attache.source.wikitext;

import org.attache.article.Reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references of one article: numbers them in order of first use, as Wikipedia does, and resolves named
 * references ({@code <ref name=x/>}) to their definition wherever in the article it stands.
 */
final class ReferenceRegistry {
    private static final Pattern NAMED_DEFINITION = Pattern.compile(
            "<ref\\s+name\\s*=\\s*\"?([^\"/>]+?)\"?\\s*>(.*?)</ref\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private record Definition(String body, int line) {
    }

    private final Map<String, Definition> definitions = new HashMap<>();
    private final Map<String, Reference> used = new HashMap<>();
    private int lastOrdinal;

    /** Reads every named definition of the article up front, so a reuse may come before its definition. */
    ReferenceRegistry(String articleText) {
        Matcher m = NAMED_DEFINITION.matcher(articleText);
        while (m.find()) {
            definitions.putIfAbsent(key(m.group(1)), new Definition(m.group(2), lineOf(articleText, m.start())));
        }
    }

    /** A reference defined in place, numbered now. */
    Reference inline(String body, int line) {
        return CitationParser.parse(body, ++lastOrdinal, Optional.empty(), line);
    }

    /** A named reference, numbered at its first use; empty when no definition has that name. */
    Optional<Reference> named(String name) {
        String key = key(name);
        Reference known = used.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Definition definition = definitions.get(key);
        if (definition == null) {
            return Optional.empty();
        }
        Reference reference = CitationParser.parse(definition.body(), ++lastOrdinal, Optional.of(name.trim()),
                definition.line());
        used.put(key, reference);
        return Optional.of(reference);
    }

    /** A bracketed external link with no label, which Wikipedia shows as a numbered citation. */
    Reference link(String url, int line) {
        return new Reference(++lastOrdinal, Optional.empty(), Optional.of(url), Optional.empty(), Optional.empty(),
                Optional.empty(), line);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
