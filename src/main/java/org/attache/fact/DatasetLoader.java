package org.attache.fact;

import org.attache.article.Article;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.GazetteerLoader;
import org.attache.nlp.EnglishModels;
import org.attache.source.ProblemLog;
import org.attache.source.SourceLoader;
import org.attache.source.SourceProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Loads sources → articles → facts → contradictions: the whole dataset, in one call. */
public final class DatasetLoader {
    private final EnglishModels models;

    public DatasetLoader(EnglishModels models) {
        this.models = models;
    }

    public RelationsDataset load(Path manifest, Path gazetteerFile) {
        return load(manifest, GazetteerLoader.load(gazetteerFile));
    }

    public RelationsDataset load(Path manifest, Gazetteer gazetteer) {
        return load(manifest, gazetteer, line -> { });
    }

    /** Loads the dataset, saying after each source how many articles it gave. */
    public RelationsDataset load(Path manifest, Gazetteer gazetteer, Consumer<String> progress) {
        SourceLoader.Loaded loaded = new SourceLoader(models, gazetteer).load(manifest, progress);
        ProblemLog problems = new ProblemLog();
        // the OpenNLP tools are not thread-safe: one extraction per worker thread, articles spread over the cores
        ThreadLocal<FactExtraction> extraction = ThreadLocal.withInitial(() -> new FactExtraction(gazetteer, models));
        List<Fact> facts = new ArrayList<>();
        // newest snapshot first, so that readers of the list meet the current statement before older ones
        List<Article> articles = loaded.articles().stream()
                .sorted(Comparator.comparing(Article::title).thenComparing(Article::snapshot, Comparator.reverseOrder()))
                .toList();
        articles.parallelStream().map(article -> extraction.get().extract(article, problems)).toList()
                .forEach(facts::addAll);
        List<SourceProblem> allProblems = new ArrayList<>(loaded.problems());
        allProblems.addAll(problems.problems());
        return new RelationsDataset(articles, facts, SnapshotAlignment.contradictions(facts, gazetteer), gazetteer, allProblems);
    }
}
