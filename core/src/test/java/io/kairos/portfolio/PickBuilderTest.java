package io.kairos.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.config.KairosConfig;
import io.kairos.risk.InverseVolatility;
import io.kairos.risk.SizingMethods;
import io.kairos.risk.SizingSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Picks on {@link RebalanceStore}: the top 8 are E01, E02 (volatility 0.10) and T01..T06 (0.20), so inverse
 * volatility sizes them 10/50 = 0.20 each and 5/50 = 0.10 each. The universe is 30 Energy and 30 Tech names,
 * so each sector's share is 50%.
 */
class PickBuilderTest {

    private static final List<String> TECH = List.of("T01", "T02", "T03", "T04", "T05", "T06");
    private static final LocalDate EARLIER = LocalDate.of(2026, 9, 30);

    @TempDir
    Path dir;

    private static Picks build(RebalanceStore market, KairosConfig.Portfolio settings, PriorRequest prior) {
        return new PickBuilder(RebalanceStore.CALENDAR, settings, new InverseVolatility())
                .build(market.store.connection(), RebalanceStore.DATE, prior);
    }

    @Test
    void positionAndSectorCapsBindAndWhatTheyCannotPlaceStaysInCash() throws Exception {
        // Energy names 0.20 > 0.15: held at 0.15; the 0.70 left goes to Tech (0.1167 each), whose 0.70 exceeds its
        // cap of 1.0 x 50%: scaled to 0.50 (0.0833 each). Nothing is free: 1 - 0.30 - 0.50 = 0.20 stays in cash.
        KairosConfig.Portfolio settings = RebalanceStore.settings(0.15, 1.0, 0.30);
        try (RebalanceStore market = new RebalanceStore(dir.resolve("caps.duckdb"))) {
            Picks picks = build(market, settings, PriorRequest.STORE);
            Map<String, Double> weights = weights(picks);
            assertEquals(8, weights.size());
            assertEquals(0.15, weights.get("E01"), 1e-12);
            assertEquals(0.15, weights.get("E02"), 1e-12);
            for (String ticker : TECH) {
                assertEquals(0.5 / 6, weights.get(ticker), 1e-12, ticker);
            }
            assertEquals(0.80, picks.gross(), 1e-12);
            assertEquals(0.20, picks.cash(), 1e-12);
            assertEquals(0.40, picks.turnover(), 1e-12, "from cash: half of the 80% bought");
            assertEquals(List.of("max_position_pct: 2 names held at 15.00%",
                    "max_sector_mult: Technology held at its cap of 50.00% (1.00 x its 50.00% of the universe)",
                    "caps: 20.00% of capital could not be placed (every name left is at its position or sector cap) and stays in cash",
                    "max_turnover: no prior holdings, so the target is traded in full (no turnover step)"),
                    picks.binding().subList(1, picks.binding().size()));
            assertTrue(picks.binding().get(0).startsWith("target_vol: not reached at 100% gross"), picks.binding().get(0));
            assertConstraintsHold(picks, settings);
            assertEquals(60, picks.universe());
        }
    }

    @Test
    void theTurnoverCapStopsTheTradeHalfWayToTheBlend() throws Exception {
        // Caps of 2 x 50% do not bind the sectors: target E 0.15 each (position cap), Tech 0.70 / 6 = 0.11667.
        // Prior Tech 0.10 each. Blend (lambda 0.5): E 0.075, Tech 0.10833; turnover to it
        // (6 x 0.00833 + 2 x 0.075) / 2 = 0.10, twice the 0.05 allowed: t = 0.5.
        KairosConfig.Portfolio settings = RebalanceStore.settings(0.15, 2.0, 0.05);
        try (RebalanceStore market = new RebalanceStore(dir.resolve("turnover.duckdb"))) {
            market.priorPicks(EARLIER, TECH, 0.10);
            Picks picks = build(market, settings, PriorRequest.STORE);
            Map<String, Double> weights = weights(picks);
            assertEquals(0.0375, weights.get("E01"), 1e-12);
            assertEquals(0.0375, weights.get("E02"), 1e-12);
            for (String ticker : TECH) {
                assertEquals(0.10 + 0.5 * (0.5 * 0.10 + 0.5 * 0.7 / 6 - 0.10), weights.get(ticker), 1e-12, ticker);
            }
            assertEquals(0.05, picks.turnover(), 1e-12);
            assertEquals(0.5, picks.tradeFraction(), 1e-12);
            assertEquals("the picks of 2026-09-30 in rebalance_picks", picks.priorSource());
            assertTrue(picks.binding().contains("max_turnover: the trade went 50.0% of the way to the blend (lambda_tc 0.50),"
                    + " turning over 5.00%"), picks.binding().toString());
            assertFalse(picks.binding().stream().anyMatch(line -> line.startsWith("max_sector_mult")));
            assertConstraintsHold(picks, settings);
        }
    }

    @Test
    void capsAndTurnoverBindTogetherAndEveryConstraintStillHolds() throws Exception {
        // Target as in the caps case (E 0.15, Tech 0.08333, cash 0.20); prior Tech 0.08 each.
        // Blend: E 0.075, Tech 0.081667; turnover (6 x 0.001667 + 0.15) / 2 = 0.08; allowed 0.04: t = 0.5.
        KairosConfig.Portfolio settings = RebalanceStore.settings(0.15, 1.0, 0.04);
        try (RebalanceStore market = new RebalanceStore(dir.resolve("both.duckdb"))) {
            market.priorPicks(EARLIER, TECH, 0.08);
            Picks picks = build(market, settings, PriorRequest.STORE);
            Map<String, Double> weights = weights(picks);
            assertEquals(0.0375, weights.get("E01"), 1e-12);
            for (String ticker : TECH) {
                assertEquals(0.08 + 0.5 * (0.5 * 0.08 + 0.5 * 0.5 / 6 - 0.08), weights.get(ticker), 1e-12, ticker);
            }
            assertEquals(0.04, picks.turnover(), 1e-12);
            assertTrue(picks.binding().stream().anyMatch(line -> line.startsWith("max_sector_mult: Technology")));
            assertTrue(picks.binding().stream().anyMatch(line -> line.startsWith("max_turnover: the trade went 50.0%")));
            assertConstraintsHold(picks, settings);
        }
    }

    @Test
    void noPriorIgnoresTheStoredPicks() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("fresh.duckdb"))) {
            market.priorPicks(EARLIER, TECH, 0.10);
            Picks picks = build(market, RebalanceStore.settings(0.15, 2.0, 0.05), PriorRequest.NONE);
            assertEquals(1.0, picks.gross(), 1e-12, "the full target: E 2 x 0.15 + Tech 0.70");
            assertEquals(0.0, picks.rows().stream().mapToDouble(PickRow::priorWeight).sum());
        }
    }

    @Test
    void everySizingMethodGivesPicksWithinEveryConstraint() throws Exception {
        KairosConfig.Portfolio settings = RebalanceStore.settings(0.15, 1.0, 0.30);
        try (RebalanceStore market = new RebalanceStore(dir.resolve("methods.duckdb"))) {
            for (String method : SizingMethods.names()) {
                Picks picks = new PickBuilder(RebalanceStore.CALENDAR, settings, SizingMethods.named(method, SizingSettings.DEFAULTS))
                        .build(market.store.connection(), RebalanceStore.DATE, PriorRequest.NONE);
                assertEquals(method, picks.sizing());
                assertEquals(8, picks.holdings(), method);
                assertConstraintsHold(picks, settings);
            }
        }
    }

    private static Map<String, Double> weights(Picks picks) {
        Map<String, Double> weights = new HashMap<>();
        picks.rows().stream().filter(row -> row.weight() > 0).forEach(row -> weights.put(row.ticker(), row.weight()));
        return weights;
    }

    /** Every position within its cap, every sector within its cap, gross within 100%, turnover within its limit. */
    static void assertConstraintsHold(Picks picks, KairosConfig.Portfolio settings) {
        for (PickRow row : picks.rows()) {
            assertTrue(row.weight() >= 0 && row.weight() <= settings.maxPositionPct() + 1e-12, row.toString());
        }
        Map<String, Double> bySector = picks.rows().stream()
                .collect(Collectors.groupingBy(PickRow::sector, Collectors.summingDouble(PickRow::weight)));
        for (SectorWeight sector : picks.sectors()) {
            assertEquals(bySector.getOrDefault(sector.sector(), 0.0), sector.weight(), 1e-12);
            assertTrue(sector.weight() <= sector.cap() + 1e-12, sector.toString());
            assertEquals(Math.min(1, settings.maxSectorMult() * sector.universeShare()), sector.cap(), 1e-12);
        }
        assertTrue(picks.gross() <= 1 + 1e-12);
        assertEquals(picks.rows().stream().mapToDouble(PickRow::weight).sum(), picks.gross(), 1e-12);
        if (!picks.priorSource().equals("none")) {
            assertTrue(picks.turnover() <= settings.maxTurnover() + 1e-12, "turnover " + picks.turnover());
        }
    }
}
