package org.attache.source.wikitext;

import org.attache.article.Flag;
import org.attache.source.ProblemLog;
import org.attache.source.RenderedText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders one block of wikitext (a paragraph, a bullet item or a heading) to the plain text a reader sees, with
 * references and sentence flags marked where they stand. Section-wide templates are handed to the section being
 * built. Unclosed constructs are reported with their line and skipped to the end of that line, so one mistake
 * never swallows the rest of the article.
 */
final class MarkupRenderer {
    private static final Pattern REF_NAME = Pattern.compile("name\\s*=\\s*\"?([^\"/>]+?)\"?\\s*/?\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Set<String> HIDDEN_LINK_NAMESPACES = Set.of("category", "file", "image", "media");

    /** What a block's templates contribute to the section around it. */
    interface SectionSink {
        void flagSection(Flag flag);

        void relate(List<String> articles);
    }

    private final String file;
    private final ReferenceRegistry references;
    private final ProblemLog problems;

    MarkupRenderer(String file, ReferenceRegistry references, ProblemLog problems) {
        this.file = file;
        this.references = references;
        this.problems = problems;
    }

    /** Renders markup that starts on {@code firstLine} into {@code out}. */
    void render(String markup, int firstLine, RenderedText out, SectionSink section) {
        int line = firstLine;
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            int next;
            if (c == '\n') {
                out.append(' ', line);
                line++;
                i++;
                continue;
            } else if (markup.startsWith("<!--", i)) {
                next = skipComment(markup, i, line);
            } else if (startsWithIgnoreCase(markup, i, "<ref") && isTagBoundary(markup, i + 4)) {
                next = reference(markup, i, line, out);
            } else if (markup.startsWith("{{", i)) {
                next = template(markup, i, line, out, section);
            } else if (markup.startsWith("[[", i)) {
                next = internalLink(markup, i, line, out, section);
            } else if (c == '[' && isUrlStart(markup, i + 1)) {
                next = externalLink(markup, i, line, out);
            } else if (markup.startsWith("''", i)) {
                next = i + (markup.startsWith("'''", i) ? 3 : 2);
            } else if (c == '<' && htmlTagAt(markup, i) > i) {
                next = htmlTagAt(markup, i);
            } else {
                out.append(c, line);
                next = i + 1;
            }
            line += newlines(markup, i, next);
            i = next;
        }
    }

    private int skipComment(String markup, int at, int line) {
        int end = markup.indexOf("-->", at + 4);
        if (end < 0) {
            problems.report(file, line, "unclosed HTML comment '<!--': skipped to the end of the line");
            return endOfLine(markup, at);
        }
        return end + 3;
    }

    private int reference(String markup, int at, int line, RenderedText out) {
        int tagEnd = markup.indexOf('>', at);
        if (tagEnd < 0) {
            problems.report(file, line, "broken <ref> tag: no '>'; skipped to the end of the line");
            return endOfLine(markup, at);
        }
        String tag = markup.substring(at, tagEnd + 1);
        Optional<String> name = refName(tag);
        if (tag.endsWith("/>")) {
            if (name.isEmpty()) {
                problems.report(file, line, "empty <ref/> with no name: ignored");
            } else {
                references.named(name.get()).ifPresentOrElse(out::mark, () -> problems.report(file, line,
                        "reference named '" + name.get() + "' is used but never defined: ignored"));
            }
            return tagEnd + 1;
        }
        int close = indexOfIgnoreCase(markup, "</ref", tagEnd + 1);
        if (close < 0) {
            problems.report(file, line, "unclosed <ref>: no </ref> follows; the reference is skipped to the end of"
                    + " the line");
            return endOfLine(markup, at);
        }
        String body = markup.substring(tagEnd + 1, close);
        if (name.isPresent()) {
            references.named(name.get()).ifPresent(out::mark);
        } else {
            out.mark(references.inline(body, line));
        }
        int closeEnd = markup.indexOf('>', close);
        return closeEnd < 0 ? markup.length() : closeEnd + 1;
    }

    private int template(String markup, int at, int line, RenderedText out, SectionSink section) {
        int close = Braces.matchingClose(markup, at, "{{", "}}");
        if (close < 0) {
            String name = TemplateCall.parse(markup.substring(at + 2, endOfLine(markup, at))).name();
            problems.report(file, line, "unclosed template '{{" + name + "': no matching '}}'; skipped to the end"
                    + " of the line");
            return endOfLine(markup, at);
        }
        TemplateCall call = TemplateCall.parse(markup.substring(at + 2, close));
        Optional<MaintenanceTemplate> maintenance = MaintenanceTemplate.named(call.name());
        if (maintenance.isPresent()) {
            if (maintenance.get().marksSection()) {
                section.flagSection(maintenance.get().flag());
            } else {
                out.mark(maintenance.get().flag());
            }
        } else if (RelatedArticleTemplate.is(call)) {
            section.relate(call.positional().stream().filter(p -> !p.isBlank()).toList());
        }
        // every other template (navigation boxes, {{reflist}}, {{DEFAULTSORT}}, infoboxes) adds no text
        return close + 2;
    }

    private int internalLink(String markup, int at, int line, RenderedText out, SectionSink section) {
        int close = Braces.matchingClose(markup, at, "[[", "]]");
        if (close < 0) {
            problems.report(file, line, "unclosed link '[[': no matching ']]'; its text is kept as written");
            return at + 2;
        }
        String inner = markup.substring(at + 2, close);
        int pipe = inner.indexOf('|');
        String target = pipe < 0 ? inner : inner.substring(0, pipe);
        int colon = target.indexOf(':');
        if (colon > 0 && HIDDEN_LINK_NAMESPACES.contains(target.substring(0, colon).trim().toLowerCase(Locale.ROOT))) {
            return close + 2;
        }
        String label = pipe < 0 ? stripFragment(target) : inner.substring(pipe + 1);
        render(label, line, out, section);
        return close + 2;
    }

    private int externalLink(String markup, int at, int line, RenderedText out) {
        int close = markup.indexOf(']', at);
        int lineEnd = endOfLine(markup, at);
        if (close < 0 || close > lineEnd) {
            out.append('[', line);
            return at + 1;
        }
        String inner = markup.substring(at + 1, close).trim();
        int space = inner.indexOf(' ');
        if (space < 0) {
            out.mark(references.link(inner, line));
        } else {
            out.append(inner.substring(space + 1).trim(), line);
        }
        return close + 1;
    }

    private static Optional<String> refName(String tag) {
        Matcher m = REF_NAME.matcher(tag);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    private static String stripFragment(String target) {
        int hash = target.indexOf('#');
        return hash > 0 ? target.substring(0, hash) : target;
    }

    private static int htmlTagAt(String markup, int at) {
        Matcher m = HTML_TAG.matcher(markup).region(at, markup.length());
        return m.lookingAt() ? m.end() : -1;
    }

    private static boolean isUrlStart(String markup, int at) {
        return markup.startsWith("http://", at) || markup.startsWith("https://", at) || markup.startsWith("//", at);
    }

    private static boolean isTagBoundary(String markup, int at) {
        if (at >= markup.length()) {
            return false;
        }
        char c = markup.charAt(at);
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    private static boolean startsWithIgnoreCase(String text, int at, String prefix) {
        return text.regionMatches(true, at, prefix, 0, prefix.length());
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = from; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int endOfLine(String markup, int at) {
        int newline = markup.indexOf('\n', at);
        return newline < 0 ? markup.length() : newline;
    }

    private static int newlines(String markup, int from, int to) {
        int count = 0;
        for (int i = from; i < to && i < markup.length(); i++) {
            if (markup.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
