package io.kairos.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.model.DriftFeature;
import io.kairos.model.DriftReport;
import io.kairos.model.ModelStatus;
import io.kairos.model.ModelStatusCheck;
import io.kairos.model.ModelStatusHitRate;
import io.kairos.ops.Json;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "model-status", mixinStandardHelpOptions = true,
        description = {"Is the model still fit to use? Its age, feature drift and live hit rate.",
            "Age: days from the model's as-of date to today in New York.",
            "Drift: population stability index of each feature between the model's",
            "training sample dates and the last 5 sessions, flagged above model.psi_alert.",
            "Hit rate: of its predictions after its training end whose labels are known,",
            "the share where (score > 0.5) matches the label, next to the test-fold",
            "accuracy validation promised (docs/RESEARCH.md).",
            "Exits 3 when the model is older than model.max_age_days. Drift and a weak",
            "hit rate are warnings in the text only: they do not change the exit code."})
final class ModelStatusCommand implements Callable<Integer> {

    /** Features listed on the screen, highest PSI first; --json has them all. */
    private static final int FEATURES_SHOWN = 12;

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--model", paramLabel = "ID", description = "The model, by id (its as-of date); default: the latest model.")
    private String model;

    @Option(names = "--json", description = "Print the status as one JSON document instead of text.")
    private boolean json;

    ModelStatusCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        ModelStatus status;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_ONLY)) {
            status = new ModelStatusCheck(config.model(), context.calendar(), config.home()).check(opened, model, context.today());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(status, out);
        } else {
            print(status, out);
        }
        out.flush();
        return status.stale() ? ExitCode.REFUSED : ExitCode.SUCCESS;
    }

    private static void printJson(ModelStatus status, PrintWriter out) {
        try {
            out.println(Json.mapper().writeValueAsString(status));
        } catch (JsonProcessingException e) {
            throw KairosException.failure("Cannot write the model status as JSON: " + e.getMessage(), e);
        }
    }

    private static void print(ModelStatus status, PrintWriter out) {
        String calibration = status.calibration() == null ? "none (run kairos calibrate)" : status.calibration();
        out.printf("model %s: as of %s, trained on %s to %s, calibration %s%n", status.modelId(), status.asOf(),
                status.trainStart(), status.trainEnd(), calibration);
        out.printf("age: %d %s on %s (model.max_age_days %d)%n", status.ageDays(), status.ageDays() == 1 ? "day" : "days",
                status.today(), status.maxAgeDays());
        printDrift(status.drift(), out);
        printHitRate(status.hitRate(), out);
        status.warnings().forEach(warning -> out.println("WARNING: " + warning));
        if (status.stale()) {
            out.println("STALE: " + status.staleReason());
        } else {
            out.println("OK: the model is within its age limit"
                    + (status.warnings().isEmpty() ? "." : "; the warnings above do not block."));
        }
    }

    private static void printDrift(DriftReport drift, PrintWriter out) {
        if (drift.unavailable() != null) {
            out.println("drift: not measured: " + drift.unavailable());
            return;
        }
        out.printf("drift: %d training dates %s to %s (%s rows) against the last %d sessions %s to %s (%s rows), PSI alert %s%n",
                drift.training().dates(), drift.training().first(), drift.training().last(), Quantities.count(drift.training().rows()),
                drift.latest().dates(), drift.latest().first(), drift.latest().last(), Quantities.count(drift.latest().rows()),
                decimal(drift.psiAlert(), 2));
        List<DriftFeature> byPsi = drift.features().stream().sorted(Comparator.comparingDouble(DriftFeature::psi).reversed()).toList();
        TextTable table = new TextTable(List.of("feature", "psi", "missing training", "missing latest", "flag"));
        for (DriftFeature feature : byPsi.subList(0, Math.min(FEATURES_SHOWN, byPsi.size()))) {
            table.add(List.of(feature.name(), decimal(feature.psi(), 3), percent(feature.trainingMissing()),
                    percent(feature.latestMissing()), feature.drifted() ? "DRIFT" : ""));
        }
        table.print(out);
        if (byPsi.size() > FEATURES_SHOWN) {
            out.printf("... and %d more features with a lower PSI (--json lists them all)%n", byPsi.size() - FEATURES_SHOWN);
        }
    }

    private static void printHitRate(ModelStatusHitRate hitRate, PrintWriter out) {
        String promised = hitRate.promised() == null ? "no promise to compare with: " + hitRate.promisedFrom()
                : "validation promised " + percent(hitRate.promised()) + " (" + hitRate.promisedFrom() + ")";
        if (hitRate.rows() == 0) {
            out.println("hit rate: no live predictions with known labels yet; " + promised);
        } else {
            out.printf("hit rate: %s on %s live predictions with known labels; %s%n", percent(hitRate.rate()),
                    Quantities.count(hitRate.rows()), promised);
        }
    }

    private static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
