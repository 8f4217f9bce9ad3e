package io.kairos.cli;

import picocli.CommandLine.Command;

@Command(name = "data-audit", mixinStandardHelpOptions = true,
        description = "Audit the store's prices (arrives with the audit stage).")
final class DataAuditCommand extends GroupCommand {
}
