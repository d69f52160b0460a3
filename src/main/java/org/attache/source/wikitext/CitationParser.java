package org.attache.source.wikitext;

import org.attache.article.Reference;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body of a {@code <ref>}: a {@code {{cite …}}} template (on one line or many), a bracketed
 * {@code [url title]} link, or a bare URL.
 */
final class CitationParser {
    private static final Pattern BRACKET_LINK = Pattern.compile("\\[((?:https?:)?//[^\\s\\]]+)(?:\\s+([^\\]]*))?\\]");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s\\]|<>}]+");

    private CitationParser() {
    }

    static Reference parse(String body, int ordinal, Optional<String> name, int line) {
        int cite = body.toLowerCase(Locale.ROOT).indexOf("{{cite");
        if (cite >= 0) {
            int close = Braces.matchingClose(body, cite, "{{", "}}");
            String inner = close < 0 ? body.substring(cite + 2) : body.substring(cite + 2, close);
            TemplateCall call = TemplateCall.parse(inner);
            return new Reference(ordinal, name, call.param("url").map(String::trim),
                    call.param("title").map(CitationParser::plain),
                    call.param("publisher", "work", "newspaper", "website", "agency").map(CitationParser::plain),
                    call.param("date").map(CitationParser::plain), line);
        }
        Matcher link = BRACKET_LINK.matcher(body);
        if (link.find()) {
            Optional<String> title = Optional.ofNullable(link.group(2)).map(CitationParser::plain)
                    .filter(t -> !t.isBlank());
            return new Reference(ordinal, name, Optional.of(link.group(1)), title, Optional.empty(),
                    Optional.empty(), line);
        }
        Matcher bare = BARE_URL.matcher(body);
        Optional<String> url = bare.find() ? Optional.of(bare.group()) : Optional.empty();
        String text = plain(BARE_URL.matcher(body).replaceAll(""));
        return new Reference(ordinal, name, url, text.isBlank() ? Optional.empty() : Optional.of(text),
                Optional.empty(), Optional.empty(), line);
    }

    /** A parameter value without wiki markup: [[a|b]] → b, ''x'' → x, white space folded. */
    static String plain(String value) {
        return value.replaceAll("\\[\\[(?:[^\\]|]*\\|)?([^\\]]*)\\]\\]", "$1")
                .replace("'''", "")
                .replace("''", "")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
