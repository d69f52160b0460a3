package org.attache.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.attache.fact.Contradiction;
import org.attache.fact.Fact;
import org.attache.fact.RelationsDataset;
import org.attache.gazetteer.Entity;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code facts [--country NAME] [--json]}: lists the dataset's facts with their provenance, and the contradictions
 * between snapshots. NAME is any name the gazetteer knows (Cuba, PRC, Salvadoran).
 */
public final class FactsCommand {
    private final RelationsDataset dataset;

    public FactsCommand(RelationsDataset dataset) {
        this.dataset = dataset;
    }

    /** Prints the facts, about one country or organisation when {@code country} names one; returns the exit code. */
    public int run(Optional<String> country, boolean json, PrintStream out, PrintStream err) {
        List<Fact> facts = dataset.facts();
        List<Contradiction> contradictions = dataset.contradictions();
        if (country.isPresent()) {
            String name = country.get();
            Optional<Entity> entity = dataset.gazetteer().resolve(name).or(() -> dataset.gazetteer().country(name));
            if (entity.isEmpty()) {
                err.println("I don't know a country or organisation called '" + name + "'.");
                return 1;
            }
            facts = dataset.factsAbout(entity.get().id());
            contradictions = dataset.contradictionsAbout(entity.get().id());
        }
        if (json) {
            FactJson views = new FactJson(dataset);
            printJson(facts.stream().map(views::of).toList(), contradictions.stream().map(views::of).toList(), out);
        } else {
            FactPrinter printer = new FactPrinter(out);
            facts.forEach(printer::print);
            contradictions.forEach(printer::print);
            out.println(facts.size() + " facts, " + contradictions.size() + " contradictions between snapshots.");
        }
        return 0;
    }

    private static void printJson(List<FactJson.FactView> facts, List<FactJson.ContradictionView> contradictions,
                                  PrintStream out) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module())
                .enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("facts", facts);
        document.put("contradictions", contradictions);
        try {
            out.println(mapper.writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
