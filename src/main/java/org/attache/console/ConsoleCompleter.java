package org.attache.console;

import org.attache.gazetteer.Entity;
import org.attache.gazetteer.EntityKind;
import org.attache.gazetteer.Gazetteer;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;
import java.util.TreeSet;

/** Tab in the console: the commands at the start of a line, and anywhere the names of countries and organisations. */
public final class ConsoleCompleter implements Completer {
    static final List<String> COMMANDS = List.of("help", "facts", "sources", "quit");

    private final List<String> names;

    public ConsoleCompleter(Gazetteer gazetteer) {
        TreeSet<String> known = new TreeSet<>();
        for (EntityKind kind : List.of(EntityKind.COUNTRY, EntityKind.ORGANISATION)) {
            gazetteer.entitiesOf(kind).stream().map(Entity::name).forEach(known::add);
        }
        this.names = List.copyOf(known);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            COMMANDS.forEach(command -> candidates.add(new Candidate(command)));
        }
        // JLine keeps the candidates that begin with the word being typed
        names.forEach(name -> candidates.add(new Candidate(name)));
    }
}
