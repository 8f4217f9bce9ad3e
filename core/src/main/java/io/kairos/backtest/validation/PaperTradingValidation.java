package io.kairos.backtest.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.config.KairosConfig;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * kairos validate: the checks an operator runs before paper trading, on a backtest's metrics.json and a model's
 * metrics.json and calibration.json. A value that cannot be read fails its check (fail-safe) and says why.
 */
public final class PaperTradingValidation {

    private PaperTradingValidation() {
    }

    /**
     * @param backtest the backtest's folder (outputs/backtest/<date>)
     * @param model    the model's folder (outputs/models/<id>)
     */
    public static ValidationReport check(Path backtest, Path model, KairosConfig.Validation bounds) {
        Path metrics = backtest.resolve("metrics.json");
        Document backtestMetrics = read(metrics, "kairos backtest");
        Path modelMetrics = model.resolve("metrics.json");
        Path calibration = model.resolve("calibration.json");
        List<ValidationCheck> checks = new ArrayList<>();
        checks.add(above("sharpe", number(backtestMetrics, "metrics", "sharpe"), bounds.minSharpe(), metrics));
        checks.add(below("max_drawdown", number(backtestMetrics, "metrics", "maxDrawdown"), bounds.maxDrawdown(), metrics));
        checks.add(above("hit_rate", number(backtestMetrics, "metrics", "hitRate"), bounds.minHitRate(), metrics));
        checks.add(above("model_accuracy", number(read(modelMetrics, "kairos train"), "testFolds", "accuracy"), bounds.minAccuracy(), modelMetrics));
        checks.add(below("calibration_error", number(read(calibration, "kairos calibrate"), "after", "ece"), bounds.maxCalibrationError(), calibration));
        return new ValidationReport(backtest.toString(), model.toString(), checks);
    }

    private static ValidationCheck above(String name, Reading reading, double bound, Path source) {
        return verdict(name, reading, "> " + plain(bound), source, reading.value != null && reading.value > bound);
    }

    private static ValidationCheck below(String name, Reading reading, double bound, Path source) {
        return verdict(name, reading, "< " + plain(bound), source, reading.value != null && reading.value < bound);
    }

    private static ValidationCheck verdict(String name, Reading reading, String bound, Path source, boolean passed) {
        String reason = reading.value == null ? reading.missing
                : String.format(Locale.ROOT, "%s is %s, needs %s", name, plain(reading.value), bound);
        return new ValidationCheck(name, passed, reading.value, bound, source.toString(), reason);
    }

    /** A value, or why there is none. */
    private record Reading(Double value, String missing) {
    }

    private record Document(JsonNode root, String missing) {
    }

    /** @param stage what writes the file, for the message when it is missing */
    private static Document read(Path file, String stage) {
        if (!Files.isRegularFile(file)) {
            return new Document(null, "no " + file + ": run " + stage);
        }
        try {
            return new Document(Json.mapper().readTree(file.toFile()), null);
        } catch (IOException e) {
            return new Document(null, file + " cannot be read: " + e.getMessage());
        }
    }

    private static Reading number(Document document, String section, String field) {
        if (document.root == null) {
            return new Reading(null, document.missing);
        }
        JsonNode value = document.root.path(section).path(field);
        return value.isNumber() ? new Reading(value.asDouble(), null)
                : new Reading(null, section + "." + field + " is " + (value.isMissingNode() ? "missing" : value.toString())
                        + " (undefined: too few returns or trades?)");
    }

    private static String plain(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
