package io.kairos.cli;

import picocli.CommandLine.Command;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "The configuration: what is in effect and where each value came from.",
        subcommands = {ConfigShowCommand.class})
final class ConfigCommand extends GroupCommand {
}
