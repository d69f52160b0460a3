package org.attache.source.record;

import org.attache.article.Article;
import org.attache.article.ArticleSource;
import org.attache.article.BlockKind;
import org.attache.article.Reference;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.gazetteer.Gazetteer;
import org.attache.source.MojibakeRepair;
import org.attache.source.RenderedText;
import org.attache.source.SentenceAssembler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a scraped-dataset article: one paragraph or list item a line, sections and links lost, references
 * only as {@code [n]} markers, kept as numbered references with no address. Text decoded with the wrong charset is
 * repaired. A line "See X" (what remained of a "main article" link) becomes a related article. Shared by the
 * one-record files and the rows of a dataset CSV. Not thread-safe (the sentence detector is not).
 */
public final class RecordText {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Pattern SEE_LINE = Pattern.compile("^(?i:see) (.+)$");
    /** "See Chile–Peru relations The two …": a pair's relations article named before the paragraph. */
    private static final Pattern HATNOTE = Pattern.compile(
            "(?i:see) (?:also )?(\\S[^.]*?[\\-\u2013][^.]*?\\brelations)[.,]?\\s+(?=\\p{Lu})");
    /** The most words a linked title has ("Democratic Republic of the Congo–Mexico relations"). */
    private static final int MAX_TITLE_WORDS = 8;
    /** The most words a line naming only linked titles has ("Armenia–Canada relations, Embassy of …"). */
    private static final int MAX_TITLES_WORDS = 14;

    /** "See Foreign relations of Cyprus[2] Cyprus joined …": the other country's article over the paragraph. */
    private static final Pattern COUNTRY_ARTICLE = Pattern.compile("^(?i:see) (?:also )?(Foreign relations of )");

    private final SentenceAssembler assembler;
    private final Gazetteer gazetteer;
    private final PairOpening pairOpening;

    public RecordText(SentenceAssembler assembler, Gazetteer gazetteer) {
        this.assembler = assembler;
        this.gazetteer = gazetteer;
        this.pairOpening = new PairOpening(gazetteer);
    }

    /**
     * Where the title ends in a line opening with "See Foreign relations of Cyprus[2][3] Cyprus joined …": after
     * the country's name, when a paragraph follows it on the line (the name is the gazetteer's to tell, as the
     * words after it start with a capital too).
     */
    private Optional<Integer> countryArticleEnd(String line) {
        Matcher see = COUNTRY_ARTICLE.matcher(line);
        if (!see.lookingAt()) {
            return Optional.empty();
        }
        int from = see.end();
        String rest = line.substring(from);
        return gazetteer.find(rest).stream()
                .filter(m -> m.start() == 0 || m.start() == 4 && rest.startsWith("the "))
                .filter(m -> m.entity().isCountry()).findFirst()
                .map(m -> from + m.end())
                .filter(end -> MARKER_RUN.matcher(line.substring(end)).replaceFirst("").matches("\\s+\\p{Lu}.*"));
    }

    /** Reference markers right after a title: "Cyprus[2][3]". */
    private static final Pattern MARKER_RUN = Pattern.compile("^(\\[\\d+])+");

    /**
     * A "See …" line that names articles and says nothing more: no sentence end inside it and few words
     * ("See Mexico–Sweden relations.", "See also Armenia–Canada relations, Embassy of Armenia in Ottawa"); a
     * longer line goes on with a paragraph whatever its last character ("… relations on 25 June 1992.[196]").
     */
    private static boolean isTitleOnly(String rest) {
        String text = MARKER.matcher(rest).replaceAll("").strip();
        String inside = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return !inside.contains(". ") && inside.split("\\s+").length <= MAX_TITLES_WORDS
                && !HATNOTE.matcher("See " + inside + " ").lookingAt();
    }

    /**
     * @param lines     the article's lines
     * @param firstLine the file's line number of the first of them, so that every sentence keeps its line
     */
    public Article read(ArticleSource source, List<String> lines, int firstLine) {
        List<Section> sections = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> related = new ArrayList<>();
        Map<Integer, Reference> references = new HashMap<>();
        // the pair's relations article a hatnote names, for the paragraph it stands over
        Optional<String> pair = Optional.empty();
        // a hatnote straight after another: the section before had no paragraph, so this one may have none either
        // and the next paragraph may belong to a section whose heading and hatnote are both lost
        boolean afterEmptySection = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = firstLine + i;
            String line = MojibakeRepair.repair(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<Integer> countryArticle = countryArticleEnd(line);
            Matcher see = SEE_LINE.matcher(line);
            if (see.matches() && countryArticle.isEmpty() && isTitleOnly(see.group(1))) {
                String title = see.group(1).trim();
                String bare = title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
                if (Section.isMainArticleTitle(bare)) {
                    afterEmptySection = pair.isPresent();
                    pair = Optional.of(bare);
                } else {
                    related.add(title);
                }
                continue;
            }
            Matcher hatnote = HATNOTE.matcher(line);
            if (countryArticle.isPresent()) {
                afterEmptySection = false;
                Matcher title = COUNTRY_ARTICLE.matcher(line);
                title.lookingAt();
                pair = Optional.of(line.substring(title.start(1), countryArticle.get()));
                line = MARKER_RUN.matcher(line.substring(countryArticle.get())).replaceFirst("").strip();
            } else if (hatnote.lookingAt() && hatnote.group(1).split("\\s+").length <= MAX_TITLE_WORDS) {
                // "See Belarus–Russia relations Belarus and Russia established …": the link's title, then the
                // section's first paragraph on the same line
                afterEmptySection = false;
                pair = Optional.of(hatnote.group(1));
                line = line.substring(hatnote.end());
            }
            RenderedText rendered = new RenderedText();
            Matcher marker = MARKER.matcher(line);
            int at = 0;
            while (marker.find()) {
                rendered.append(line.substring(at, marker.start()), lineNumber);
                int ordinal = Integer.parseInt(marker.group(1));
                rendered.mark(references.computeIfAbsent(ordinal, n -> Reference.ordinalOnly(n, lineNumber)));
                at = marker.end();
            }
            rendered.append(line.substring(at), lineNumber);
            List<Sentence> read = assembler.assemble(rendered, BlockKind.PARAGRAPH, lineNumber).sentences();
            Optional<String> opening = read.isEmpty() ? Optional.empty()
                    : pairOpening.of(read.get(0).text(), source.country());
            if (opening.isPresent() && (pair.isEmpty() || afterEmptySection)) {
                // no hatnote over it (or one whose section may have lost its paragraph): a paragraph opening with
                // the pair is about it
                pair = opening;
                afterEmptySection = false;
            }
            if (pair.isPresent()) {
                // the headings are lost: the paragraph under a pair's hatnote is a section of its own, about the
                // pair; the paragraphs after it may belong to a section without one, so they do not follow it
                flush(sections, sentences);
                List<String> about = afterEmptySection ? List.of() : List.of(pair.get());
                sections.add(new Section(List.of(), Optional.empty(), lineNumber, read, about, Set.of()));
                pair = Optional.empty();
                afterEmptySection = false;
            } else {
                sentences.addAll(read);
            }
        }
        flush(sections, sentences);
        if (sections.isEmpty()) {
            sections.add(new Section(List.of(), Optional.empty(), firstLine, List.of(), List.of(), Set.of()));
        }
        // the other "See …" lines are the article's related reading, kept with its first section
        Section first = sections.get(0);
        List<String> allRelated = new ArrayList<>(first.related());
        allRelated.addAll(related);
        sections.set(0, new Section(first.path(), first.anchor(), first.line(), first.sentences(), allRelated,
                first.flags()));
        return new Article(source, sections, Set.of());
    }

    private static void flush(List<Section> sections, List<Sentence> sentences) {
        if (!sentences.isEmpty()) {
            sections.add(new Section(List.of(), Optional.empty(), sentences.get(0).line(), sentences, List.of(),
                    Set.of()));
            sentences.clear();
        }
    }
}
