package org.attache.answer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.attache.article.Article;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.fact.Fact;
import org.attache.fact.FactType;
import org.attache.fact.RelationsDataset;
import org.attache.fact.SectionCountry;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A Lucene index over every sentence of the dataset, for questions no typed fact answers: built in memory, or kept
 * on disk with the prepared dataset. Fields: {@code text} (analysed, BM25, also how much of a question a sentence
 * covers), {@code words} (the words as written, the vocabulary misspellings are corrected against), and as exact keywords {@code entity} (the entities the sentence names, plus its article's and section's
 * country, since "Mexico has an embassy" in the Mexico section of the El Salvador article is about both),
 * {@code type} (the fact types read from it), {@code article}, {@code section}, {@code snapshot}; {@code ordinal}
 * finds the sentence again and orders sentences as the dataset does.
 */
public final class SentenceIndex {
    /** A sentence found, with the share of the question's terms it holds and how many. */
    record Hit(IndexedSentence sentence, double coverage, long matched) {
    }

    /** Memory for documents before they are written out: the whole corpus fits, so it is written once. */
    private static final double INDEX_BUFFER_MB = 64;
    /** Shorter words have too many neighbours one edit away to be corrected. */
    static final int MIN_CORRECTED_LENGTH = 5;
    /** How many words one edit away are weighed against each other. */
    private static final int NEIGHBOURS_COMPARED = 5;
    /** A correction must be this many times as frequent in the articles as the next word as near. */
    private static final int CLEARLY_MORE_OFTEN = 10;
    /** Whole words, for the vocabulary only: no positions, frequencies or norms. */
    private static final FieldType WORDS_FIELD = wordsField();

    private final Analyzer analyzer = new FoldedEnglishAnalyzer();
    private final List<IndexedSentence> sentences;
    private final IndexSearcher searcher;
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private final LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();

    /** An index built in memory now. */
    public SentenceIndex(RelationsDataset dataset) {
        this(dataset, build(dataset, new ByteBuffersDirectory()));
    }

    /**
     * The index in a directory {@link #build} wrote for this dataset (the same articles in the same order: the
     * documents are found again by their ordinal).
     */
    public SentenceIndex(RelationsDataset dataset, Directory directory) {
        this.sentences = sentences(dataset);
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sentence index", e);
        }
        spelling.setMaxEdits(1);
        spelling.setMinQueryLength(MIN_CORRECTED_LENGTH);
        if (searcher.getIndexReader().numDocs() != sentences.size()) {
            throw new IllegalStateException("the sentence index holds " + searcher.getIndexReader().numDocs()
                    + " sentences, the dataset " + sentences.size());
        }
    }

    /** Writes the index of every sentence of the dataset into the directory, and returns the directory. */
    public static Directory build(RelationsDataset dataset, Directory directory) {
        Gazetteer gazetteer = dataset.gazetteer();
        Map<String, Set<FactType>> typesBySentence = new HashMap<>();
        for (Fact fact : dataset.facts()) {
            typesBySentence.computeIfAbsent(sentenceKey(fact.provenance().article(), fact.provenance().snapshot(),
                    fact.provenance().line(), fact.provenance().sentence()), k -> EnumSet.noneOf(FactType.class))
                    .add(fact.type());
        }
        // the documents are added from both cores: they are found by their ordinal, never by their place in the index
        IndexWriterConfig config = new IndexWriterConfig(new FoldedEnglishAnalyzer()).setRAMBufferSizeMB(INDEX_BUFFER_MB);
        List<IndexedSentence> sentences = sentences(dataset);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            IntStream.range(0, sentences.size()).parallel().forEach(ordinal -> {
                IndexedSentence s = sentences.get(ordinal);
                Article article = s.article();
                String articleCountry = gazetteer.country(article.source().country()).map(e -> e.id().value())
                        .orElse("");
                String sectionCountry = gazetteer.country(article.source().country())
                        .flatMap(own -> SectionCountry.of(s.section(), own.id(), gazetteer))
                        .map(e -> e.id().value()).orElse("");
                Set<FactType> types = typesBySentence.getOrDefault(sentenceKey(article.title(), article.snapshot(),
                        s.sentence().line(), s.sentence().text()), Set.of());
                try {
                    writer.addDocument(document(ordinal, article, s.section(), s.sentence(), articleCountry,
                            sectionCountry, gazetteer, types));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the sentence index", e);
        }
        return directory;
    }

    private static String sentenceKey(String title, String snapshot, int line, String text) {
        return title + "\u0000" + snapshot + "\u0000" + line + "\u0000" + text;
    }

    private static List<IndexedSentence> sentences(RelationsDataset dataset) {
        List<IndexedSentence> sentences = new ArrayList<>();
        for (Article article : dataset.articles()) {
            for (Section section : article.sections()) {
                for (Sentence sentence : section.sentences()) {
                    sentences.add(new IndexedSentence(article, section, sentence));
                }
            }
        }
        return sentences;
    }

    private static Document document(int ordinal, Article article, Section section, Sentence sentence,
                                     String articleCountry, String sectionCountry, Gazetteer gazetteer,
                                     Set<FactType> types) {
        Document doc = new Document();
        doc.add(new StoredField("ordinal", ordinal));
        // dataset order, for "the first sentences naming …"
        doc.add(new NumericDocValuesField("ordinal", ordinal));
        doc.add(new TextField("text", sentence.text(), Field.Store.NO));
        doc.add(new Field(FoldedEnglishAnalyzer.WORDS, sentence.text(), WORDS_FIELD));
        doc.add(new StringField("article", article.title(), Field.Store.NO));
        doc.add(new StringField("snapshot", article.snapshot(), Field.Store.NO));
        section.heading().ifPresent(h -> doc.add(new StringField("section", h, Field.Store.NO)));
        Set<String> entities = new HashSet<>();
        gazetteer.find(sentence.text()).stream().map(m -> m.entity().id().value()).forEach(entities::add);
        entities.add(articleCountry);
        entities.add(sectionCountry);
        entities.stream().filter(e -> !e.isEmpty()).forEach(e -> doc.add(new StringField("entity", e, Field.Store.NO)));
        types.forEach(t -> doc.add(new StringField("type", t.name(), Field.Store.NO)));
        return doc;
    }

    /**
     * Sentences that name every one of the entities and share words with the question, best first; sentences
     * holding facts of the preferred types rank higher.
     */
    List<Hit> search(List<Entity> entities, List<String> words, Set<FactType> preferred, int limit) {
        List<Set<String>> terms = senses(words);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (Set<String> sense : terms) {
            // one word asked counts once, however many ways the articles have of writing it
            List<org.apache.lucene.search.Query> ways = sense.stream()
                    .<org.apache.lucene.search.Query>map(t -> new TermQuery(new Term("text", t))).toList();
            text.add(ways.size() == 1 ? ways.get(0) : new org.apache.lucene.search.DisjunctionMaxQuery(ways, 0f),
                    BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text.build(), BooleanClause.Occur.MUST);
        // every name of the question must be there: in the sentence, or as its article's or section's country
        entities.forEach(e -> query.add(new TermQuery(new Term("entity", e.id().value())), BooleanClause.Occur.FILTER));
        preferred.forEach(t -> query.add(new BoostQuery(new TermQuery(new Term("type", t.name())), 0.5f),
                BooleanClause.Occur.SHOULD));
        try {
            List<Hit> hits = new ArrayList<>();
            // equal scores in dataset order: the documents were added from both cores, in no fixed order
            Sort bestFirst = new Sort(SortField.FIELD_SCORE, new SortField("ordinal", SortField.Type.INT));
            // the score orders the hits and nothing reads it after: no second pass to fill it in
            for (ScoreDoc doc : searcher.search(query.build(), limit, bestFirst, false).scoreDocs) {
                int ordinal = searcher.storedFields().document(doc.doc).getField("ordinal").numericValue().intValue();
                IndexedSentence sentence = sentences.get(ordinal);
                Set<String> held = new HashSet<>(analyse(sentence.sentence().text()));
                long matched = terms.stream().filter(sense -> sense.stream().anyMatch(held::contains)).count();
                hits.add(new Hit(sentence, (double) matched / terms.size(), matched));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sentences that name every one of the entities, in dataset order (newest snapshot first). */
    List<IndexedSentence> naming(List<Entity> entities, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        entities.forEach(e -> query.add(new TermQuery(new Term("entity", e.id().value())), BooleanClause.Occur.FILTER));
        try {
            TopDocs top = searcher.search(query.build(), limit, new Sort(new SortField("ordinal", SortField.Type.INT)));
            List<IndexedSentence> found = new ArrayList<>();
            for (ScoreDoc doc : top.scoreDocs) {
                int ordinal = searcher.storedFields().document(doc.doc).getField("ordinal").numericValue().intValue();
                found.add(sentences.get(ordinal));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of the words' terms that a text holds. */
    double coverage(List<String> words, String text) {
        List<Set<String>> terms = senses(words);
        if (terms.isEmpty()) {
            return 0;
        }
        Set<String> held = new HashSet<>(analyse(text));
        return (double) terms.stream().filter(sense -> sense.stream().anyMatch(held::contains)).count() / terms.size();
    }

    /**
     * The index terms of each word asked, with the terms of the words the articles write for the same thing ("back"
     * with "support"); a word that stems like another asked counts once.
     */
    private List<Set<String>> senses(List<String> words) {
        List<Set<String>> senses = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FoldedEnglishAnalyzer.QUESTION, String.join(" ", words))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute step =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (step.getPositionIncrement() > 0 || senses.isEmpty()) {
                    senses.add(new java.util.LinkedHashSet<>());
                }
                senses.get(senses.size() - 1).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Set<String>> distinct = new ArrayList<>();
        senses.stream().filter(sense -> distinct.stream().noneMatch(d -> d.containsAll(sense) && sense.containsAll(d)))
                .forEach(distinct::add);
        return distinct;
    }

    /** True when some sentence names the entity (or stands in its article or section). */
    boolean knows(Entity entity) {
        try {
            return searcher.count(new TermQuery(new Term("entity", entity.id().value()))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the articles use the word (as the index reads it: stemmed, folded; a stop word counts as used). */
    boolean holdsWord(String word) {
        try {
            for (String term : analyse(word)) {
                if (searcher.getIndexReader().docFreq(new Term("text", term)) == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The word the articles write that a word they never write most likely misspells ("embasy", "Untied"): one
     * edit away (a swap of two letters counts one), the first letter right, and written far more often than any
     * other word as near (the articles' own typos are rare; "Irak" is as near Iraq as Iran). Lower case.
     */
    Optional<String> correction(String word) {
        List<String> whole = analyse(FoldedEnglishAnalyzer.WORDS, word);
        if (whole.size() != 1 || whole.get(0).length() < MIN_CORRECTED_LENGTH) {
            return Optional.empty();
        }
        String written = whole.get(0);
        try {
            List<SuggestWord> near = java.util.Arrays.stream(spelling.suggestSimilar(
                            new Term(FoldedEnglishAnalyzer.WORDS, written), NEIGHBOURS_COMPARED,
                            searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
                    .filter(w -> edits(written, w.string) == 1)
                    .sorted(java.util.Comparator.comparingInt((SuggestWord w) -> w.freq).reversed()).toList();
            boolean clear = near.size() == 1 || near.size() > 1 && near.get(0).freq >= CLEARLY_MORE_OFTEN * near.get(1).freq;
            return clear ? Optional.of(near.get(0).string) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int edits(String a, String b) {
        return Math.round((1 - distance.getDistance(a, b)) * Math.max(a.length(), b.length()));
    }

    private static FieldType wordsField() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** The index terms of some text (stemmed, stop words removed), as the text field holds them. */
    List<String> analyse(String text) {
        return analyse("text", text);
    }

    private List<String> analyse(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
