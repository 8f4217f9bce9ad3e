package io.kairos.cli;

import picocli.CommandLine.Command;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "The configuration: what is in effect, where each value came from, and its pin for preflight.",
        subcommands = {ConfigShowCommand.class, ConfigPinCommand.class})
final class ConfigCommand extends GroupCommand {
}
