package io.kairos.cli;

import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "kairos",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Kairos: run a systematic US-equity strategy, from daily prices to orders at the broker.",
        description = {"", "Each subcommand is one step of the operator's runbook and writes dated artifacts under outputs/.",
            "Configuration: flags > environment (KAIROS_...) > .env > config/kairos.yaml > defaults; see `kairos config show`.", ""},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 usage error, 3 refused by a safety check."},
        subcommands = {
            DownloadCommand.class,
            DataAuditCommand.class,
            ScanCommand.class,
            FeaturesCommand.class,
            LabelsCommand.class,
            TrainCommand.class,
            CalibrateCommand.class,
            ModelStatusCommand.class,
            CheckDataCommand.class,
            GeneratePicksCommand.class,
            PipelineCommand.class,
            PreflightCommand.class,
            StatusCommand.class,
            HealthCommand.class,
            ServeCommand.class,
            BacktestCommand.class,
            ResearchCommand.class,
            PortfolioAssembleCommand.class,
            ValidateCommand.class,
            ExecuteCommand.class,
            AccountCommand.class,
            PositionsCommand.class,
            OrdersCommand.class,
            CancelAllCommand.class,
            LiquidateCommand.class,
            ReconcileCommand.class,
            TrackPerformanceCommand.class,
            KillSwitchCommand.class,
            VerifyAuditCommand.class,
            SnapshotCommand.class,
            RestoreCommand.class,
            CalendarCommand.class,
            CheckRebalanceCommand.class,
            DbCommand.class,
            ConfigCommand.class,
            AutoComplete.GenerateCompletion.class})
final class KairosCommand implements Runnable {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    KairosCommand(KairosContext context) {
        this.context = context;
    }

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (default: $KAIROS_HOME/config/kairos.yaml).")
    void setConfigFile(Path file) {
        context.useConfigFile(file);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: say what to do, e.g. `kairos download`.");
    }
}
