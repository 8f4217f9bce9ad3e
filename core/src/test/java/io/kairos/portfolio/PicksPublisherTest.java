package io.kairos.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.risk.InverseVolatility;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PicksPublisherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-30T22:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Path publish(RebalanceStore market, Path folder) {
        PickBuilder builder = new PickBuilder(RebalanceStore.CALENDAR, RebalanceStore.settings(0.15, 1.0, 0.30),
                new InverseVolatility());
        Picks picks = builder.build(market.store.connection(), RebalanceStore.DATE, PriorRequest.STORE);
        return PicksPublisher.publish(picks, builder.parameters(), folder, market.store.connection(), CLOCK);
    }

    @Test
    void writesTheFilesAndTheTableAndTheSameInputsGiveTheSameBytes() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("store.duckdb"))) {
            Path first = publish(market, dir.resolve("first"));
            Path second = publish(market, dir.resolve("second"));

            List<String> picks = Files.readAllLines(first.resolve(PicksPublisher.PICKS_FILE));
            assertEquals("ticker,sector,weight,alpha,probability,volatility,adv,prior_weight,change", picks.get(0));
            assertEquals("E01,Energy,0.15000000,0.940000,0.940000,0.100000,5000000,0.00000000,0.15000000", picks.get(1));
            assertEquals("T01,Technology,0.08333333,0.890000,0.890000,0.200000,5000000,0.00000000,0.08333333", picks.get(3));
            assertEquals(9, picks.size());
            List<String> trades = Files.readAllLines(first.resolve(PicksPublisher.TRADES_FILE));
            assertEquals(List.of("ticker,side,weight_change", "E01,buy,0.15000000", "E02,buy,0.15000000"), trades.subList(0, 3));
            for (String file : List.of(PicksPublisher.PICKS_FILE, PicksPublisher.TRADES_FILE, PicksPublisher.CHECKS_FILE,
                    PicksPublisher.SUMMARY_FILE, "manifest.json")) {
                assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
            }
            String summary = Files.readString(first.resolve(PicksPublisher.SUMMARY_FILE));
            assertTrue(summary.contains("\"gross\" : 0.8"), summary);
            assertEquals(8, StoreSql.count(market.store, "SELECT count(*) FROM rebalance_picks WHERE rebalance_date = DATE '2026-10-30'"),
                    "a rerun replaces the date's picks");
            assertEquals(0.8, StoreSql.number(market.store, "SELECT sum(weight) FROM rebalance_picks"), 1e-12);
        }
    }

    @Test
    void theNextRebalanceStartsFromTheRecordedPicks() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("next.duckdb"))) {
            publish(market, dir.resolve("first"));
            StoreSql.execute(market.store, "UPDATE rebalance_picks SET rebalance_date = DATE '2026-09-30'");
            PickBuilder builder = new PickBuilder(RebalanceStore.CALENDAR, RebalanceStore.settings(0.15, 1.0, 0.30),
                    new InverseVolatility());
            Picks again = builder.build(market.store.connection(), RebalanceStore.DATE, PriorRequest.STORE);
            assertEquals("the picks of 2026-09-30 in rebalance_picks", again.priorSource());
            assertEquals(0, again.turnover(), 1e-12, "the same target as the prior: nothing to trade");
            assertEquals("ticker,side,weight_change\n", PicksPublisher.tradesCsv(again));
        }
    }
}
