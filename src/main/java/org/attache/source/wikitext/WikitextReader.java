package org.attache.source.wikitext;

import org.attache.article.Article;
import org.attache.article.ArticleSource;
import org.attache.article.BlockKind;
import org.attache.article.Flag;
import org.attache.source.ArticleReader;
import org.attache.source.ProblemLog;
import org.attache.source.RenderedText;
import org.attache.source.SentenceAssembler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MediaWiki article: sections by heading, paragraphs and bullet items, sentences with their references and
 * maintenance flags, related-article links.
 *
 * <p>A small parser written here rather than a library: the Java wikitext parsers on Maven Central (Sweble,
 * Bliki) were last released years ago and render to HTML or a full AST; none binds each reference to the sentence
 * it follows or reports unclosed markup with its line, which is what this project needs, and the subset of markup
 * these articles use is small.
 */
public final class WikitextReader implements ArticleReader {
    private static final Pattern HEADING = Pattern.compile("^(=+)(.*?)(=*)\\s*$");

    private final SentenceAssembler assembler;

    public WikitextReader(SentenceAssembler assembler) {
        this.assembler = assembler;
    }

    @Override
    public Article read(ArticleSource source, String text, ProblemLog problems) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        MarkupRenderer renderer = new MarkupRenderer(source.file(), new ReferenceRegistry(text), problems);
        SectionBuilder.Outline outline = new SectionBuilder.Outline();
        Set<Flag> articleFlags = EnumSet.noneOf(Flag.class);
        SectionBuilder section = SectionBuilder.lead(articleFlags);
        List<SectionBuilder> sections = new ArrayList<>();
        sections.add(section);

        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (line.startsWith("=")) {
                section = heading(line, i + 1, source.file(), renderer, outline, problems);
                sections.add(section);
                i++;
                continue;
            }
            boolean bullet = isListItem(line);
            int first = i;
            StringBuilder block = new StringBuilder(bullet ? stripListMarker(line) : line);
            i++;
            while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith("=")
                    && (isOpen(block) || (!bullet && !isListItem(lines[i])))) {
                block.append('\n').append(lines[i]);
                i++;
            }
            RenderedText rendered = new RenderedText();
            renderer.render(block.toString(), first + 1, rendered, section);
            section.add(assembler.assemble(rendered, bullet ? BlockKind.BULLET : BlockKind.PARAGRAPH, first + 1));
        }
        return new Article(source, sections.stream().map(SectionBuilder::build).toList(), articleFlags);
    }

    private static SectionBuilder heading(String line, int lineNumber, String file, MarkupRenderer renderer,
                                          SectionBuilder.Outline outline, ProblemLog problems) {
        Matcher m = HEADING.matcher(line);
        m.matches();
        int open = m.group(1).length();
        int close = m.group(3).length();
        String title = m.group(2);
        if (close == 0) {
            problems.report(file, lineNumber, "broken heading: '" + line.trim() + "' has no closing '"
                    + "=".repeat(open) + "'; read as a level-" + open + " heading");
        } else if (open != close) {
            problems.report(file, lineNumber, "broken heading: '" + line.trim() + "' opens with " + open
                    + " '=' and closes with " + close + "; read as level " + Math.min(open, close));
        }
        RenderedText plain = new RenderedText();
        renderer.render(title, lineNumber, plain, SectionBuilder.IGNORED);
        String heading = plain.text().trim();
        if (heading.isEmpty()) {
            problems.report(file, lineNumber, "heading with no text: its section is kept under '(untitled)'");
            heading = "(untitled)";
        }
        int level = close == 0 ? open : Math.min(open, close);
        return outline.open(level, heading, lineNumber);
    }

    private static boolean isListItem(String line) {
        char c = line.charAt(0);
        return c == '*' || c == '#' || c == ':' || c == ';';
    }

    private static String stripListMarker(String line) {
        int i = 0;
        while (i < line.length() && "*#:;".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return line.substring(i);
    }

    /** True while a template, link or reference started in the block is not yet closed: the next line belongs. */
    private static boolean isOpen(CharSequence block) {
        String text = block.toString();
        return Braces.openCount(text, "{{", "}}") > 0
                || Braces.openCount(text, "[[", "]]") > 0
                || Braces.openCount(text.replaceAll("(?i)<ref[^>]*/>", ""), "<ref", "</ref") > 0;
    }
}
