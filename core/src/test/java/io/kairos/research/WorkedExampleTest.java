package io.kairos.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Json;
import io.kairos.research.leaderboard.Leaderboard;
import io.kairos.research.strategy.SmaCross;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/RESEARCH.md ("Strategy research: kairos research"), every figure as the page shows it,
 * and the result file it gives.
 */
class WorkedExampleTest {

    static final double[] OPEN = {10, 10, 9, 8, 9, 11.5, 12, 11, 9.5, 9, 10.5, 12};
    static final double[] CLOSE = {10, 9, 8, 9, 11, 12, 11, 10, 9, 10, 12, 13};

    @TempDir
    Path folder;

    @Test
    void theFiguresOfThePage() {
        ResearchResult result = run();
        // bar 4 crosses up: 86 shares at bar 5's open 11.5, cost 989 + 9.89; bar 7 crosses down: sold at 9.5 on bar 8
        Trade trade = result.trades().get(0);
        assertEquals(TestBars.DAY_0.plusDays(5), trade.entryDate());
        assertEquals(86, trade.size());
        assertEquals(-172, trade.pnl(), 1e-9);
        assertEquals(9.89 + 8.17, trade.commission(), 1e-9);
        assertEquals(-190.06, trade.pnlNet(), 1e-9);
        // bar 10 crosses up: floor(0.95 * 809.94 / 12) = 64 shares at bar 11's open 12, still held at the end
        OpenPosition open = result.open().orElseThrow();
        assertEquals(64, open.size());
        assertEquals(7.68, open.entryCommission(), 1e-9);
        assertArrayEquals(new double[] {1000, 1000, 1000, 1000, 1000, 1033.11, 947.11, 861.11, 809.94, 809.94, 809.94, 866.26},
                result.equity(), 1e-9);
        assertEquals(866.26, result.metrics().finalValue(), 1e-9);
        assertEquals(9.89 + 8.17 + 7.68, result.metrics().commissionPaid(), 1e-9);
        // 1033.11 -> 809.94 is the deepest fall: 21.6018...%
        assertEquals(100 * (1033.11 - 809.94) / 1033.11, result.metrics().maxDrawdownPct(), 1e-9);
        assertEquals(4.0 / 12, result.metrics().exposure(), 1e-12);
        // returns 0 x 5, 0.03311, -0.08324, -0.09080, -0.05942, 0, 0, 0.06954: mean -0.010902 over deviation 0.043980
        assertEquals(-0.010902 / 0.043980 * Math.sqrt(252), result.metrics().sharpe(), 1e-3);
    }

    @Test
    void theResultFileHoldsMetricsTradesTheOpenPositionAndEveryBarsValue() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T22:00:00Z"), ZoneOffset.UTC);
        ResearchResult result = run();
        Path written = ResearchArtifacts.write(folder.resolve("research"), java.util.List.of(result), Leaderboard.CSV_HEADER + "\n",
                Map.of("prices", "test"), Map.of("cash", 1000), clock);
        Path file = written.resolve("TEST_sma_cross_fast=2_slow=3.json");
        JsonNode json = Json.mapper().readTree(file.toFile());
        assertEquals(ResearchArtifacts.SCHEMA, json.get("schema").asText());
        assertEquals("sma_cross:fast=2,slow=3", json.get("spec").asText());
        assertEquals(2, json.get("parameters").get("fast").asInt());
        assertEquals("2024-01-04", json.get("first_signal_date").asText());
        assertEquals(866.26, json.get("metrics").get("final_value").asDouble(), 1e-9);
        assertEquals(1, json.get("metrics").get("trades").asInt());
        JsonNode trade = json.get("trades").get(0);
        assertEquals("2024-01-06", trade.get("entry_date").asText());
        assertEquals(11.5, trade.get("entry_price").asDouble());
        assertEquals("2024-01-09", trade.get("exit_date").asText());
        assertEquals(9.5, trade.get("exit_price").asDouble());
        assertEquals(-172, trade.get("pnl").asDouble(), 1e-9);
        assertEquals(-190.06, trade.get("pnl_net").asDouble(), 1e-9);
        assertEquals(64, json.get("open_position").get("size").asInt());
        assertEquals(12, json.get("equity").get("values").size());
        assertEquals("2024-01-12", json.get("equity").get("dates").get(11).asText());
        assertEquals(0.0, json.get("metrics").get("profit_factor").asDouble());
        assertEquals(0.0, json.get("metrics").get("win_rate").asDouble());
        assertTrue(Files.isRegularFile(written.resolve("manifest.json")));
        assertEquals(Leaderboard.CSV_HEADER + "\n", Files.readString(written.resolve("leaderboard.csv")));

        byte[] before = Files.readAllBytes(file);
        ResearchArtifacts.write(folder.resolve("research"), java.util.List.of(run()), Leaderboard.CSV_HEADER + "\n",
                Map.of("prices", "test"), Map.of("cash", 1000), clock);
        assertArrayEquals(before, Files.readAllBytes(file), "the same run writes the same bytes");
    }

    static ResearchResult run() {
        return BacktraderEngine.run(TestBars.of(OPEN, CLOSE), new SmaCross(2, 3), new ResearchSettings(1000, 0.01, 0.95));
    }
}
