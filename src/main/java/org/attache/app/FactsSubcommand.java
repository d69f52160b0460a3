package org.attache.app;

import org.attache.console.FactsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Optional;

/** {@code attache facts [--country NAME] [--json]}. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Lists the cited facts, with the contradictions between snapshots.")
final class FactsSubcommand extends Subcommand {
    @Option(names = "--country", paramLabel = "NAME",
            description = "Only the facts about this country or organisation (Cuba, PRC, OAS, Salvadoran).")
    Optional<String> country = Optional.empty();

    @Option(names = "--json", description = "As JSON, with each fact's provenance.")
    boolean json;

    FactsSubcommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return new FactsCommand(Warnings.of(invocation.startup().prepared().dataset(), invocation.err()))
                .run(country, json, invocation.out(), invocation.err());
    }
}
