package io.kairos.backtest.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.config.KairosConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five checks against the default bounds (Sharpe > 0.5, drawdown < 25%, hit rate > 45%, accuracy > 52%, ECE < 0.1). */
class PaperTradingValidationTest {

    private static final KairosConfig.Validation BOUNDS = new KairosConfig.Validation(0.5, 0.25, 0.45, 0.52, 0.1);

    @TempDir
    Path dir;

    private Path backtest(String metrics) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backtest"));
        Files.writeString(folder.resolve("metrics.json"), "{\"metrics\": " + metrics + "}");
        return folder;
    }

    private Path model(double accuracy, double ece) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("model"));
        Files.writeString(folder.resolve("metrics.json"), "{\"testFolds\": {\"accuracy\": " + accuracy + "}}");
        Files.writeString(folder.resolve("calibration.json"), "{\"after\": {\"ece\": " + ece + "}}");
        return folder;
    }

    @Test
    void eachCheckAgainstItsBound() throws Exception {
        ValidationReport report = PaperTradingValidation.check(backtest("{\"sharpe\": 0.51, \"maxDrawdown\": 0.25, \"hitRate\": 0.6}"),
                model(0.53, 0.02), BOUNDS);
        assertEquals(List.of("sharpe", "max_drawdown", "hit_rate", "model_accuracy", "calibration_error"),
                report.checks().stream().map(ValidationCheck::name).toList());
        assertEquals(List.of(true, false, true, true, true), report.checks().stream().map(ValidationCheck::passed).toList(),
                "a drawdown of exactly 25% is not under 25%");
        assertEquals("max_drawdown is 0.25, needs < 0.25", report.checks().get(1).reason());
        assertFalse(report.passed());
    }

    @Test
    void allPassing() throws Exception {
        assertTrue(PaperTradingValidation.check(backtest("{\"sharpe\": 1.2, \"maxDrawdown\": 0.1, \"hitRate\": 0.5}"), model(0.55, 0.03),
                BOUNDS).passed());
    }

    @Test
    void aValueThatCannotBeReadFails() throws Exception {
        ValidationReport report = PaperTradingValidation.check(backtest("{\"sharpe\": 1.2, \"maxDrawdown\": 0.1, \"hitRate\": null}"),
                dir.resolve("no-model"), BOUNDS);
        ValidationCheck hitRate = report.checks().get(2);
        assertFalse(hitRate.passed());
        assertTrue(hitRate.reason().startsWith("metrics.hitRate is null"), hitRate.reason());
        assertTrue(report.checks().get(3).reason().endsWith(": run kairos train"), report.checks().get(3).reason());
        assertTrue(report.checks().get(4).reason().endsWith(": run kairos calibrate"), report.checks().get(4).reason());
    }
}
