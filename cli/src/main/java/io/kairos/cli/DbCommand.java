package io.kairos.cli;

import picocli.CommandLine.Command;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Look into the store: run a read-only query, list its tables.",
        subcommands = {DbQueryCommand.class, DbInfoCommand.class})
final class DbCommand extends GroupCommand {
}
