package io.kairos.cli;

import picocli.CommandLine.Command;

@Command(name = "check-rebalance", mixinStandardHelpOptions = true,
        description = "The rebalance schedule: the last session of each month (or week, rebalance.frequency).",
        subcommands = {CheckRebalanceCheckCommand.class, CheckRebalanceNextCommand.class, CheckRebalanceLastCommand.class})
final class CheckRebalanceCommand extends GroupCommand {
}
