package org.attache.fact;

import org.attache.TestDataset;
import org.attache.article.Article;
import org.attache.article.ArticleSource;
import org.attache.article.BlockKind;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.article.SourceFormat;
import org.attache.nlp.EnglishModels;
import org.attache.source.ProblemLog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The facts the real extraction reads from one sentence, as it stands in the article of a country (and, for a
 * sectioned article, under a heading): the sentences of tests are copied from corpus articles.
 */
final class SentenceFacts {
    private static final ThreadLocal<FactExtraction> EXTRACTION = ThreadLocal.withInitial(
            () -> new FactExtraction(TestDataset.gazetteer(), EnglishModels.get()));

    private SentenceFacts() {
    }

    /** The facts of a sentence in the "Foreign relations of {country}" article, which has no sections. */
    static List<String> in(String country, String sentence) {
        return in(country, Optional.empty(), sentence);
    }

    /** Each fact as its statement. */
    static List<String> in(String country, Optional<String> heading, String sentence) {
        return facts(country, heading, sentence).stream().map(Fact::statement).toList();
    }

    /** The facts of a sentence under a hatnote naming a pair's relations article, in an article without headings. */
    static List<String> underPairArticle(String country, String pairArticle, String sentence) {
        Section section = new Section(List.of(), Optional.empty(), 1,
                List.of(new Sentence(sentence, 1, BlockKind.PARAGRAPH, List.of(), Set.of())), List.of(pairArticle),
                Set.of());
        return extract(country, section).stream().map(Fact::statement).toList();
    }

    /**
     * The facts of the last of a paragraph's sentences, read after the ones before it, in an article without
     * headings.
     */
    static List<String> lastOfParagraph(String country, String... sentences) {
        List<Sentence> paragraph = java.util.Arrays.stream(sentences)
                .map(text -> new Sentence(text, 1, BlockKind.PARAGRAPH, List.of(), Set.of())).toList();
        String last = sentences[sentences.length - 1];
        return extract(country, new Section(List.of(), Optional.empty(), 1, paragraph, List.of(), Set.of())).stream()
                .filter(f -> f.provenance().sentence().equals(last)).map(Fact::statement).toList();
    }

    static List<Fact> facts(String country, Optional<String> heading, String sentence) {
        Section section = new Section(heading.map(List::of).orElse(List.of()), heading, 1,
                List.of(new Sentence(sentence, 1, BlockKind.PARAGRAPH, List.of(), Set.of())), List.of(), Set.of());
        return extract(country, section);
    }

    private static List<Fact> extract(String country, Section section) {
        ArticleSource source = new ArticleSource("test.csv", SourceFormat.DATASET_CSV,
                "Foreign relations of " + country, country, "https://en.wikipedia.org/wiki/Foreign_relations_of_"
                + country.replace(' ', '_'), "2019-07", "test");
        ProblemLog problems = new ProblemLog();
        return EXTRACTION.get().extract(new Article(source, List.of(section), Set.of()), problems);
    }
}
