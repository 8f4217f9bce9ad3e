package io.kairos.cli;

import io.kairos.calendar.RebalanceFrequency;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.model.CandidateResult;
import io.kairos.model.Fold;
import io.kairos.model.FoldMetrics;
import io.kairos.model.FoldResult;
import io.kairos.model.ModelTrainer;
import io.kairos.model.TrainingReport;
import io.kairos.model.TrainingRequest;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the XGBoost classifier on the feature matrix at the rebalance dates, with purged walk-forward",
            "validation: hyperparameters are tuned on the first model.tuning_folds folds, the others are test folds.",
            "Writes outputs/models/<date>/ (model, features, params, metrics), the predictions and a model_registry row",
            "(docs/RESEARCH.md)."})
final class TrainCommand implements Callable<Integer> {

    private static final List<String> METRICS = List.of("AUC", "accuracy", "log-loss", "IC", "rank IC", "decile spread");

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Mixin
    private FrequencyOption frequency;

    @Option(names = "--date", paramLabel = "D",
            description = "The as-of date, also the model id: only labels that ended by then are used (default: the last"
                    + " date of the feature matrix).")
    private LocalDate date;

    TrainCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags().with("rebalance.frequency", frequency.frequency, "--frequency"));
        PrintWriter out = spec.commandLine().getOut();
        TrainingReport report;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            report = new ModelTrainer(context.calendar(), context.clock()).train(opened, new TrainingRequest(date,
                    RebalanceFrequency.parse(config.rebalance().frequency()), config.model(), config.paths().outputs()),
                    context.progress(spec.commandLine().getErr()));
        }
        print(report, out);
        return ExitCode.SUCCESS;
    }

    private static void print(TrainingReport report, PrintWriter out) {
        out.printf("model %s: %s samples, %d features, labels of %d sessions, embargo %d sessions, seed %d%n", report.modelId(),
                report.frequency().label(), report.features().size(), report.horizon(), report.embargo(), report.seed());
        TextTable folds = new TextTable(withMetrics("fold", "role", "training", "train rows", "embargoed", "purged", "validation",
                "val rows"));
        for (FoldResult result : report.folds()) {
            Fold fold = result.fold();
            List<Object> row = new ArrayList<>(Arrays.asList(fold.number(), fold.role().label(),
                    fold.trainingStart() + ".." + fold.trainingEnd(), result.trainingRows(), fold.embargoed().size(),
                    fold.purged().size(), fold.validationStart() + ".." + fold.validationEnd(), result.validationRows()));
            row.addAll(values(result.metrics()));
            folds.add(row);
        }
        folds.print(out);
        out.println("tuning, AUC over the tuning folds:");
        for (CandidateResult candidate : report.candidates()) {
            out.printf("  %-55s %s%n", candidate.parameters(), text(candidate.tuningAuc()));
        }
        out.println("chosen: " + report.chosen());
        TextTable summary = new TextTable(withMetrics("out of sample", "rows", "dates"));
        summary.add(summaryRow("test folds", report.test()));
        summary.add(summaryRow("all folds", report.overall()));
        summary.print(out);
        List<LocalDate> scored = report.finalModel().scoredDates();
        out.printf("final model: trained on %s samples from %s to %s; scored %s rows on %d %s up to %s (fold 0)%n",
                Quantities.count(report.finalModel().trainingRows()), report.finalModel().trainingStart(),
                report.finalModel().trainingEnd(), Quantities.count(report.finalModel().scoredRows()), scored.size(),
                scored.size() == 1 ? "date" : "dates", scored.get(scored.size() - 1));
        out.println("model folder: " + report.folder());
        out.flush();
    }

    private static List<String> withMetrics(String... columns) {
        List<String> header = new ArrayList<>(List.of(columns));
        header.addAll(METRICS);
        return header;
    }

    private static List<Object> summaryRow(String name, FoldMetrics metrics) {
        List<Object> row = new ArrayList<>(Arrays.asList(name, metrics.rows(), metrics.dates()));
        row.addAll(values(metrics));
        return row;
    }

    private static List<Object> values(FoldMetrics metrics) {
        return Arrays.asList(rounded(metrics.auc()), rounded(metrics.accuracy()), rounded(metrics.logLoss()), rounded(metrics.ic()),
                rounded(metrics.rankIc()), rounded(metrics.decileSpread()));
    }

    /** Four decimals, or null (printed empty) when the metric is undefined. */
    private static BigDecimal rounded(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    }

    private static String text(Double value) {
        return value == null ? "undefined" : rounded(value).toPlainString();
    }
}
