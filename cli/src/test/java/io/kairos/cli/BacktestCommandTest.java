package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Digests;
import io.kairos.ops.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kairos backtest, black-box, on a synthetic market of 150 tickers over 5 years built by the binary itself
 * (download, features, labels): the artifacts, the walk-forward windows, determinism, and a store left untouched.
 */
class BacktestCommandTest {

    @TempDir
    static Path home;

    private static CliRun cli() {
        return new CliRun(home).env("KAIROS_SYNTHETIC_TICKERS", "150").env("KAIROS_SYNTHETIC_YEARS", "5")
                .env("KAIROS_PORTFOLIO_MIN_ADV", "100000").env("KAIROS_PORTFOLIO_MIN_LIQUID_NAMES", "50");
    }

    @BeforeAll
    static void market() {
        for (List<String> stage : List.of(List.of("download", "--source", "synthetic"), List.of("features"), List.of("labels"))) {
            CliRun.Result result = cli().run(stage.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result::toString);
        }
    }

    private static CliRun.Result backtest(Path folder) {
        return cli().run("backtest", "--start", "2025-06-01", "--end", "2026-10-30", "--refit-months", "6", "--output-dir",
                folder.toString());
    }

    @Test
    void aBacktestWritesItsArtifactsWithOneWindowPerRefit() throws Exception {
        byte[] storeBefore = Files.readAllBytes(home.resolve("data/kairos.duckdb"));
        Path folder = home.resolve("outputs/backtest/first");

        CliRun.Result result = backtest(folder);

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("backtest 2025-06-30 to 2026-10-30: "), result.out());
        for (String file : List.of("metrics.json", "equity_curve.csv", "trades.csv", "round_trips.csv", "positions.csv", "targets.csv",
                "report.html", "manifest.json")) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
        }
        JsonNode metrics = Json.mapper().readTree(folder.resolve("metrics.json").toFile());
        // monthly rebalances from 2025-06-30, refits 6 months apart: 2025-06-30, 2025-12-31, 2026-06-30
        List<String> refits = Stream.of(0, 1, 2).map(i -> metrics.get("walkForward").get(i).get("window").get("refit").asText()).toList();
        assertEquals(List.of("2025-06-30", "2025-12-31", "2026-06-30"), refits);
        assertEquals(3, metrics.get("walkForward").size());
        assertEquals("2025-06-30", metrics.get("metrics").get("start").asText());
        List<String> curve = Files.readAllLines(folder.resolve("equity_curve.csv"));
        assertEquals("2025-06-30,100000.00,100000.00,0.00000000,100000.00,0.000000,0.000000", curve.get(1),
                "the first close is before any fill");
        assertEquals(metrics.get("metrics").get("sessions").asInt(), curve.size() - 1);
        assertTrue(Files.readString(folder.resolve("trades.csv")).lines().skip(1).allMatch(line -> line.compareTo("2025-07-01") >= 0),
                "the first orders fill at the next session's open");
        assertArrayEquals(storeBefore, Files.readAllBytes(home.resolve("data/kairos.duckdb")), "the store is only read");
        assertFalse(Files.exists(home.resolve("outputs/backtest/.first.work")), "the scratch store and models are gone");
    }

    @Test
    void validateJudgesTheBacktestAndTheModelAndExitsThreeOnAFail() throws Exception {
        Path folder = home.resolve("outputs/backtest/validated");
        assertEquals(0, backtest(folder).exitCode());
        assertEquals(0, cli().run("train", "--date", "2026-10-30").exitCode());
        assertEquals(0, cli().run("calibrate").exitCode());

        CliRun.Result validated = cli().run("validate", "--backtest", folder.toString());

        JsonNode written = Json.mapper().readTree(home.resolve("outputs/validation/2026-11-20/validation.json").toFile());
        JsonNode checks = written.get("report").get("checks");
        assertEquals(5, checks.size());
        JsonNode metrics = Json.mapper().readTree(folder.resolve("metrics.json").toFile()).get("metrics");
        assertEquals(metrics.get("sharpe").asDouble(), checks.get(0).get("value").asDouble(), 1e-12, "the backtest's own Sharpe");
        boolean sharpePasses = metrics.get("sharpe").asDouble() > 0.5;
        assertEquals(sharpePasses, checks.get(0).get("passed").asBoolean());
        boolean allPass = written.get("passed").asBoolean();
        assertEquals(allPass ? 0 : 3, validated.exitCode(), validated::toString);
        assertTrue(validated.out().contains(allPass ? "PASS: ready for paper trading." : "checks failed; do not paper trade"),
                validated.out());
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        assertEquals(0, backtest(home.resolve("outputs/backtest/a")).exitCode());
        assertEquals(0, backtest(home.resolve("outputs/backtest/b")).exitCode());
        for (String file : List.of("metrics.json", "equity_curve.csv", "trades.csv", "round_trips.csv", "positions.csv", "targets.csv",
                "report.html")) {
            assertEquals(Digests.sha256Hex(Files.readAllBytes(home.resolve("outputs/backtest/a").resolve(file))),
                    Digests.sha256Hex(Files.readAllBytes(home.resolve("outputs/backtest/b").resolve(file))), file);
        }
    }
}
