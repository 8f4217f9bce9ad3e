package io.kairos.cli;

import picocli.CommandLine.Command;

@Command(name = "kill-switch", mixinStandardHelpOptions = true,
        description = {"The emergency stop (docs/SAFETY.md): while it is ON no order is sent.",
            "It is the file state/KILL_SWITCH under KAIROS_HOME; the drawdown guard also turns it on."},
        subcommands = {KillSwitchOnCommand.class, KillSwitchOffCommand.class, KillSwitchStatusCommand.class})
final class KillSwitchCommand extends GroupCommand {
}
