package org.attache.fact;

import org.attache.article.Article;
import org.attache.article.Section;
import org.attache.article.Sentence;
import org.attache.gazetteer.Entity;
import org.attache.gazetteer.Gazetteer;
import org.attache.gazetteer.Mention;
import org.attache.nlp.EnglishModels;
import org.attache.nlp.SentenceAnalyzer;
import org.attache.source.ProblemLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the typed facts of every sentence of an article with the extractors, using OpenNLP tokens, tags and
 * lemmas and the gazetteer. Not thread-safe (the OpenNLP tools are not): one per thread.
 */
public final class FactExtraction {
    private final Gazetteer gazetteer;
    private final SentenceAnalyzer analyzer;
    private final ClaimCheck check;
    private final List<FactExtractor> extractors = List.of(new RelationEventExtractor(), new MissionExtractor(),
            new MembershipExtractor(), new NamedEventExtractor(),
            new FigureExtractor());

    public FactExtraction(Gazetteer gazetteer, EnglishModels models) {
        this.gazetteer = gazetteer;
        this.analyzer = new SentenceAnalyzer(models);
        this.check = new ClaimCheck(gazetteer);
    }

    /** The article's facts in document order; an article whose country the gazetteer lacks is reported. */
    public List<Fact> extract(Article article, ProblemLog problems) {
        Optional<Entity> country = gazetteer.country(article.source().country());
        if (country.isEmpty()) {
            problems.report(article.source().file(), 1, "the manifest's country '" + article.source().country()
                    + "' is not in the gazetteer: no facts are read from this source");
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        for (Section section : article.sections()) {
            Optional<Entity> sectionCountry = SectionCountry.of(section, country.get().id(), gazetteer);
            ParagraphCountry paragraph = new ParagraphCountry(country.get());
            for (Sentence sentence : section.sentences()) {
                String lower = sentence.text().toLowerCase(Locale.ROOT);
                List<FactExtractor> applicable = extractors.stream().filter(e -> e.mayApply(lower)).toList();
                List<Mention> mentions = gazetteer.find(sentence.text());
                Optional<Entity> paragraphCountry = paragraph.before(sentence, mentions);
                if (applicable.isEmpty()) {
                    continue;
                }
                // every fact has a counterpart named in its sentence, heading its section or named before in its
                // paragraph: a sentence with none of these is not worth tagging (tagging is most of the load time)
                if (mentions.isEmpty() && sectionCountry.isEmpty() && paragraphCountry.isEmpty()) {
                    continue;
                }
                SentenceContext context = new SentenceContext(article, section, sentence,
                        analyzer.analyze(sentence.text()), mentions, country.get(), sectionCountry, paragraphCountry,
                        gazetteer);
                List<Integer> triggers = new ArrayList<>();
                applicable.forEach(extractor -> triggers.addAll(extractor.triggers(context)));
                context.competingTriggers(triggers);
                for (FactExtractor extractor : applicable) {
                    // a reading its own sentence does not bear out is no fact: the sentence stays searchable
                    extractor.extract(context).stream().filter(check::holds).forEach(facts::add);
                }
            }
        }
        return facts;
    }
}
