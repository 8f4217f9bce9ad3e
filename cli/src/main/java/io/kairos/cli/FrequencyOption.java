package io.kairos.cli;

import picocli.CommandLine.Option;

/** {@code --frequency monthly|weekly}, overriding rebalance.frequency for one command. */
final class FrequencyOption {

    @Option(names = "--frequency", paramLabel = "monthly|weekly",
            description = "Rebalance frequency (default: rebalance.frequency of the configuration).")
    String frequency;

    ConfigFlags flags() {
        return ConfigFlags.none().with("rebalance.frequency", frequency, "--frequency");
    }
}
