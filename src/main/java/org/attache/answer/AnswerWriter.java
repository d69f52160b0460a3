package org.attache.answer;

import org.attache.fact.Contradiction;
import org.attache.fact.Fact;
import org.attache.fact.FactDate;
import org.attache.fact.FactType;
import org.attache.fact.RelationsDataset;
import org.attache.fact.SnapshotAlignment;
import org.attache.understand.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes answers: from facts (each line a fact's statement, each fact cited, newest snapshot first, what older
 * snapshots say otherwise beneath), and the plain "the sources don't say".
 */
final class AnswerWriter {
    /** How many facts one answer lists at most; the rest are summarised by a count. */
    static final int MAX_FACTS = 8;

    private final RelationsDataset dataset;
    private final Citations citations;
    /** What the dataset covers, in one line: the same for every answer, so made once, when first asked for. */
    private volatile String coverage;

    AnswerWriter(RelationsDataset dataset) {
        this.dataset = dataset;
        this.citations = new Citations(dataset);

    }

    Answer fromFacts(String question, Query query, List<Fact> facts) {
        List<Statement> unique = statements(facts);
        List<Fact> shown = unique.subList(0, Math.min(MAX_FACTS, unique.size())).stream().map(Statement::shown)
                .toList();
        if (shown.size() == 1 && shown.get(0).name().isPresent() && !shown.get(0).namesWhichOne()
                && (shown.get(0).type() == FactType.TREATY || shown.get(0).type() == FactType.CONFLICT)) {
            // "Declaration, in the relations of Ecuador and Colombia" tells nothing its sentence does not tell better
            return quoting(question, query, shown.get(0));
        }
        StringBuilder text = new StringBuilder();
        for (Fact fact : shown) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(shown.size() > 1 ? "• " : "").append(fact.statement());
            if (!fact.provenance().snapshot().equals(newestSnapshot(fact))) {
                text.append(" (per the ").append(fact.provenance().snapshot()).append(" snapshot)");
            }
            text.append(shown.size() == 1 ? "." : "");
        }
        if (unique.size() > shown.size()) {
            text.append("\n…and ").append(unique.size() - shown.size()).append(" more.");
        }
        if (figuresDiffer(shown)) {
            text.insert(0, "The articles give different figures:\n");
        }
        List<Citation> cited = unique.subList(0, shown.size()).stream()
                .flatMap(st -> java.util.stream.Stream.concat(java.util.stream.Stream.of(st.shown()),
                        st.alsoStatedBy().stream()))
                .map(citations::of).distinct().toList();

        List<ConflictNote> conflicts = new ArrayList<>();
        for (Contradiction contradiction : contradictionsFor(shown)) {
            Fact newest = contradiction.statements().get(0);
            for (Fact older : contradiction.statements().subList(1, contradiction.statements().size())) {
                conflicts.add(new ConflictNote(older.provenance().snapshot(), older.provenance().sentence(),
                        older.provenance().url()));
                text.append("\nAn older snapshot (").append(older.provenance().snapshot()).append(") said: \"")
                        .append(older.provenance().sentence()).append("\"");
            }
            if (!shown.contains(newest)) {
                text.append(" The newest snapshot (").append(newest.provenance().snapshot()).append(") says: \"")
                        .append(newest.provenance().sentence()).append("\"");
            }
        }
        return new Answer(question, true, query.intent().label(), names(query), text.toString().strip(), cited,
                conflicts);
    }

    Answer fromSentence(String question, Query query, IndexedSentence hit) {
        Citation citation = citations.of(hit.article(), hit.section(), hit.sentence());
        return new Answer(question, true, query.intent().label(), names(query),
                "The " + hit.article().title() + " article (" + hit.article().snapshot() + ") says: \""
                        + hit.sentence().text() + "\"", List.of(citation), List.of());
    }

    /** Sentences of several articles, each quoted under its own article; one alone as {@link #fromSentence}. */
    Answer fromEachArticle(String question, Query query, List<IndexedSentence> hits) {
        if (hits.size() == 1) {
            return fromSentence(question, query, hits.get(0));
        }
        String text = hits.stream().map(hit -> "The " + hit.article().title() + " article (" + hit.article().snapshot()
                + ") says: \"" + hit.sentence().text() + "\"").collect(java.util.stream.Collectors.joining("\n"));
        return new Answer(question, true, query.intent().label(), names(query), text,
                hits.stream().map(h -> citations.of(h.article(), h.section(), h.sentence())).toList(), List.of());
    }

    /** A fact's own sentence quoted as it stands: a "when" question whose fact is dated only in words of its own. */
    Answer quoting(String question, Query query, Fact fact) {
        return new Answer(question, true, query.intent().label(), names(query),
                "The " + fact.provenance().article() + " article (" + fact.provenance().snapshot() + ") says: \""
                        + fact.provenance().sentence() + "\"", List.of(citations.of(fact)), List.of());
    }

    /** "Tell me about Ecuador and India" when no typed fact covers them: what the article says of them. */
    Answer fromSentences(String question, Query query, List<IndexedSentence> hits) {
        IndexedSentence first = hits.get(0);
        StringBuilder text = new StringBuilder("The ").append(first.article().title()).append(" article (")
                .append(first.article().snapshot()).append(") says:");
        hits.forEach(hit -> text.append("\n• \"").append(hit.sentence().text()).append('"'));
        return new Answer(question, true, query.intent().label(), names(query), text.toString(),
                hits.stream().map(h -> citations.of(h.article(), h.section(), h.sentence())).toList(), List.of());
    }

    /** An answer of several facts that says how many there are before it lists them. */
    Answer listed(String question, Query query, List<Fact> facts) {
        Answer answer = fromFacts(question, query, facts);
        int all = statements(facts).size();
        if (all <= 2) {
            return answer;
        }
        int shown = Math.min(MAX_FACTS, all);
        String count = "The sources give " + all + (all > shown ? "; the first " + shown : "") + ":\n";
        return new Answer(answer.question(), answer.answered(), answer.intent(), answer.entities(),
                count + answer.text(), answer.citations(), answer.conflicts());
    }

    /** A yes/no question answered by facts: the verdict first, then what the sources say. */
    Answer withVerdict(Answer answer, String verdict) {
        String text = answer.text();
        String body = text.startsWith("• ") ? "\n" + text : text;
        return new Answer(answer.question(), true, answer.intent(), answer.entities(), verdict + ". " + body,
                answer.citations(), answer.conflicts());
    }

    /**
     * Not an answer, but what the sources do say near it, cited: a "when" question whose facts carry no date, a
     * mission asked for one way that stands the other way.
     */
    Answer notSaid(String question, Query query, String what, List<Fact> nearby) {
        Answer near = fromFacts(question, query, nearby);
        return new Answer(question, false, query.intent().label(), names(query), what + " They do say:\n"
                + near.text(), near.citations(), near.conflicts());
    }

    /** A sentence that undoes the facts, and the facts: the sources disagree, and the reply says so. */
    Answer contested(String question, Query query, IndexedSentence against, List<Fact> facts) {
        Answer quote = fromSentence(question, query, against);
        Answer stated = fromFacts(question, query, facts);
        List<Citation> cited = new ArrayList<>(quote.citations());
        stated.citations().stream().filter(c -> !cited.contains(c)).forEach(cited::add);
        return new Answer(question, false, query.intent().label(), names(query), "The sources I have don't say for "
                + "certain. " + quote.text() + "\nThey also say:\n" + stated.text(), cited, stated.conflicts());
    }

    /** A sentence near the question that does not settle it: quoted as it stands, not restated. */
    Answer notSettled(String question, Query query, IndexedSentence hit) {
        Answer quote = fromSentence(question, query, hit);
        return new Answer(question, false, quote.intent(), quote.entities(), "The sources I have don't say for "
                + "certain. " + quote.text(), quote.citations(), List.of());
    }

    /** A question naming something the bot does not know: say which, rather than answer another question. */
    Answer unknownNames(String question, Query query, List<String> unknown) {
        return new Answer(question, false, query.intent().label(), names(query), "I don't know "
                + String.join(", ", unknown.stream().map(n -> "\"" + n + "\"").toList())
                + ", so the sources I have don't say. " + coverage(), List.of(), List.of());
    }

    /** Not an answer, in words of its own: what the sources do not say. */
    Answer unsaid(String question, Query query, String what) {
        return new Answer(question, false, query.intent().label(), names(query), what + " " + coverage(), List.of(),
                List.of());
    }

    Answer abstain(String question, Query query) {
        return new Answer(question, false, query.intent().label(), names(query),
                "The sources I have don't say. " + coverage(), List.of(), List.of());
    }

    /**
     * A statement shown once, and the other articles' newest snapshots that state it too (a pair's fact is often
     * in both countries' articles): one line, a citation for each.
     */
    private record Statement(Fact shown, List<Fact> alsoStatedBy) {
    }

    /**
     * The same statement read from several snapshots or articles counts once, from the newest snapshot and, of
     * one snapshot's, with the fullest date ("on 3 October 1990" before "in 1990"); a figure two articles give
     * differently ("around 8000" Armenians in Moldova in Armenia's, "around 7,500" in Moldova's) is shown from each.
     */
    private List<Statement> statements(List<Fact> facts) {
        Map<String, List<Fact>> byStatement = new LinkedHashMap<>();
        facts.stream().sorted(Comparator.comparing((Fact f) -> f.provenance().snapshot()).reversed())
                .forEach(f -> byStatement.computeIfAbsent(SnapshotAlignment.key(f)
                        + (f.type() == FactType.FIGURE ? "|" + f.statement() : ""),
                        k -> new ArrayList<>()).add(f));
        List<Statement> statements = new ArrayList<>();
        for (List<Fact> same : byStatement.values()) {
            Fact shown = same.stream().filter(f -> f.provenance().snapshot().equals(same.get(0).provenance().snapshot()))
                    .max(Comparator.comparingInt(AnswerWriter::precision)).orElseThrow();
            List<Fact> others = same.stream()
                    .filter(f -> !f.provenance().article().equals(shown.provenance().article()))
                    .filter(f -> f.provenance().snapshot().equals(newestSnapshot(f)))
                    .filter(f -> f.date().isEmpty() || shown.date().isEmpty()
                            || !f.date().get().disagreesWith(shown.date().get()))
                    .collect(java.util.stream.Collectors.toMap(f -> f.provenance().article(), f -> f, (a, b) -> a,
                            LinkedHashMap::new)).values().stream().toList();
            statements.add(new Statement(shown, others));
        }
        return statements;
    }

    /** "around 8000" in one country's article, "around 7,500" in the other's, for the same count. */
    private static boolean figuresDiffer(List<Fact> shown) {
        return shown.stream().filter(f -> f.type() == FactType.FIGURE)
                .collect(java.util.stream.Collectors.groupingBy(SnapshotAlignment::key,
                        java.util.stream.Collectors.mapping(f -> f.provenance().article(),
                                java.util.stream.Collectors.toSet())))
                .values().stream().anyMatch(articles -> articles.size() > 1);
    }

    private static int precision(Fact fact) {
        return fact.date().map(FactDate::precision).orElse(-1);
    }

    private String newestSnapshot(Fact fact) {
        return dataset.newestSnapshot(fact.provenance().article()).orElse(fact.provenance().snapshot());
    }

    private List<Contradiction> contradictionsFor(List<Fact> shown) {
        List<Contradiction> found = new ArrayList<>();
        for (Fact fact : shown) {
            for (Contradiction c : dataset.contradictionsAbout(fact.counterpart())) {
                if (c.bearsOn(fact) && !found.contains(c)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    String coverage() {
        String line = coverage;
        if (line == null) {
            line = Coverage.summary(dataset);
            coverage = line;
        }
        return line;
    }

    static List<String> names(Query query) {
        return query.entities().stream().map(e -> e.name()).toList();
    }
}
