package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.backtest.validation.PaperTradingValidation;
import io.kairos.backtest.validation.ValidationCheck;
import io.kairos.backtest.validation.ValidationReport;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.model.CalibrationRegistry;
import io.kairos.ops.ArtifactFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"The checks to pass before paper trading (thresholds: validation.* in config/kairos.yaml):",
            "the backtest's Sharpe ratio, maximum drawdown and hit rate, the model's test-fold accuracy and its",
            "calibration error. Prints PASS or FAIL per check, writes outputs/validation/<date>/validation.json,",
            "exits 3 on any FAIL (a value that cannot be read fails)."})
final class ValidateCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--backtest", paramLabel = "DIR", description = "The backtest folder (default: the latest in outputs/backtest).")
    private Path backtest;

    @Option(names = "--model", paramLabel = "ID", description = "The model (default: the latest in model_registry).")
    private String model;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write (default: outputs/validation/<today>).")
    private Path outputDir;

    ValidateCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        Path backtestFolder = backtest != null ? backtest : latestBacktest(config.paths().outputs().resolve("backtest"));
        Path modelFolder;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_ONLY)) {
            modelFolder = new CalibrationRegistry(opened.connection()).find(model).folderUnder(config.home());
        }
        ValidationReport report = PaperTradingValidation.check(backtestFolder, modelFolder, config.validation());
        PrintWriter out = spec.commandLine().getOut();
        out.println("backtest " + backtestFolder + ", model " + modelFolder);
        TextTable table = new TextTable(List.of("check", "verdict", "value", "needs", "why"));
        for (ValidationCheck check : report.checks()) {
            table.add(List.of(check.name(), check.passed() ? "PASS" : "FAIL", check.value() == null ? "n/a"
                    : String.format(java.util.Locale.ROOT, "%.4f", check.value()), check.bound(), check.reason()));
        }
        table.print(out);
        Path folder = outputDir != null ? outputDir : config.paths().outputs().resolve("validation").resolve(context.today().toString());
        ArtifactFolder artifacts = ArtifactFolder.begin(folder);
        artifacts.writeJson("validation.json", Map.of("passed", report.passed(), "report", report));
        out.println("written: " + artifacts.publish("validate", Map.of("backtest", backtestFolder.toString(), "model",
                modelFolder.toString()), Map.of(), context.clock()));
        long failed = report.checks().stream().filter(check -> !check.passed()).count();
        out.println(failed == 0 ? "PASS: ready for paper trading." : "FAIL: " + failed + " of " + report.checks().size()
                + " checks failed; do not paper trade this model yet.");
        out.flush();
        return failed == 0 ? ExitCode.SUCCESS : ExitCode.REFUSED;
    }

    /** The dated folder latest by name (outputs/backtest/<date>), hidden work folders aside. */
    private static Path latestBacktest(Path root) {
        try (Stream<Path> folders = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return folders.filter(Files::isDirectory).filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .max(Comparator.comparing(folder -> folder.getFileName().toString()))
                    .orElseThrow(() -> KairosException.failure("No backtest in " + root + ": run kairos backtest first."));
        } catch (IOException e) {
            throw KairosException.failure("Cannot list " + root + ": " + e.getMessage(), e);
        }
    }
}
