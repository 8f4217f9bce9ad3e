package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.model.CalibrationReport;
import io.kairos.model.CalibrationRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Calibrate a model's scores into probabilities (docs/RESEARCH.md).",
            "Fits isotonic and Platt calibration to the model's labelled out-of-sample",
            "predictions, each fold scored by a curve fitted on the other folds, keeps the",
            "method with the lower log-loss and writes calibrated probabilities to",
            "predictions.prob for every prediction of the model (all folds and the latest).",
            "Adds calibration.json and reliability.svg to the model's folder."})
final class CalibrateCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--model", paramLabel = "ID", description = "The model, by id (its as-of date); default: the latest model.")
    private String model;

    CalibrateCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        CalibrationRun.Result result;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            result = new CalibrationRun(config.home(), context.clock()).run(opened, model);
        }
        print(result, spec.commandLine().getOut());
        return ExitCode.SUCCESS;
    }

    private static void print(CalibrationRun.Result result, PrintWriter out) {
        CalibrationReport report = result.report();
        out.printf("model %s: calibrated on %s labelled out-of-sample rows (folds %s)%n", report.modelId(),
                Quantities.count(report.rows()), report.folds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        out.println("cross-fitted log-loss: " + report.crossFittedLogLoss().entrySet().stream()
                .map(candidate -> candidate.getKey() + " " + decimal(candidate.getValue())).collect(Collectors.joining(", "))
                + "; chosen: " + report.method());
        TextTable table = new TextTable(List.of("out of sample", "before", "after"));
        table.add(List.of("log-loss", decimal(report.before().logLoss()), decimal(report.after().logLoss())));
        table.add(List.of("Brier", decimal(report.before().brier()), decimal(report.after().brier())));
        table.add(List.of("ECE (10 bins)", decimal(report.before().ece()), decimal(report.after().ece())));
        table.print(out);
        out.println("predictions.prob written for " + Quantities.count(result.probabilitiesWritten()) + " predictions (every fold"
                + " and the latest), probabilities kept within [" + Cells.text(report.clip()) + ", "
                + Cells.text(1 - report.clip()) + "]");
        out.println("written: " + result.folder().resolve(CalibrationRun.REPORT_FILE) + ", " + CalibrationRun.DIAGRAM_FILE);
        out.flush();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
