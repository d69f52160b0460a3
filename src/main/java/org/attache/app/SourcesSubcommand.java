package org.attache.app;

import org.attache.console.SourcesCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attache sources [PAGE]}. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Lists the countries and snapshots the dataset holds, a page at a time.")
final class SourcesSubcommand extends Subcommand {
    @Parameters(arity = "0..1", paramLabel = "PAGE", defaultValue = "1", description = "The page (default: 1).")
    int page;

    SourcesSubcommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        new SourcesCommand(Warnings.of(invocation.startup().engine(), invocation.err()))
                .print(page, invocation.out(), next -> "attache sources " + next);
        return 0;
    }
}
