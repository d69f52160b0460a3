package org.attache.fact;

import org.attache.article.Article;
import org.attache.gazetteer.Gazetteer;
import org.attache.source.SourceProblem;

import java.util.List;

/**
 * Everything the bot knows: the articles, their typed facts, the contradictions between snapshots, the gazetteer
 * that names things, and the problems found while loading.
 */
public record RelationsDataset(List<Article> articles, List<Fact> facts, List<Contradiction> contradictions,
                               Gazetteer gazetteer, List<SourceProblem> problems) {
    public RelationsDataset {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
        contradictions = List.copyOf(contradictions);
        problems = List.copyOf(problems);
    }

    /** Facts whose subject or counterpart is this entity (by its canonical name). */
    public List<Fact> factsAbout(String entityName) {
        return facts.stream().filter(f -> f.involves(entityName)).toList();
    }

    public List<Contradiction> contradictionsAbout(String entityName) {
        return contradictions.stream().filter(c -> c.subject().equalsIgnoreCase(entityName)
                || c.counterpart().equalsIgnoreCase(entityName)).toList();
    }
}
