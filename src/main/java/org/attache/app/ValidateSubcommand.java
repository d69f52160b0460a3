package org.attache.app;

import org.attache.console.ValidateCommand;
import picocli.CommandLine.Command;

/** {@code attache validate}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parses every source and reports each problem with its file and line (exit code 1 if any).")
final class ValidateSubcommand extends Subcommand {
    ValidateSubcommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return new ValidateCommand(invocation.startup().parsedDataset()).run(invocation.out(), invocation.err());
    }
}
