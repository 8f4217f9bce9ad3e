package io.kairos.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.risk.InverseVolatility;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessCheckerTest {

    private static final KairosConfig.Portfolio SETTINGS = RebalanceStore.settings(0.15, 2.0, 0.30);

    @TempDir
    Path dir;

    private static Readiness check(RebalanceStore market, KairosConfig.Portfolio settings, LocalDate date) {
        return new ReadinessChecker(RebalanceStore.CALENDAR, settings).check(market.store.connection(), date);
    }

    private static ReadinessCheck named(Readiness readiness, String name) {
        return readiness.checks().stream().filter(check -> check.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aReadyStorePassesEveryCheck() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("ready.duckdb"))) {
            Readiness readiness = check(market, SETTINGS, RebalanceStore.DATE);
            assertFalse(readiness.blocked());
            assertEquals(List.of(
                    new ReadinessCheck("data_freshness", Severity.PASS, "feat_matrix has 2026-10-30"),
                    new ReadinessCheck("predictions", Severity.PASS, "model 2026-10-30 scored 60 names on 2026-10-30"),
                    new ReadinessCheck("liquidity", Severity.PASS, "60 of 60 names on 2026-10-30 have adv_20 of at least 2,000,000"),
                    new ReadinessCheck("sectors", Severity.PASS, "all 2 sectors of the universe have liquid names")),
                    readiness.checks());
        }
    }

    @Test
    void dataOneSessionOldIsAWarningAndOlderBlocks() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("stale.duckdb"))) {
            // 2026-11-02 is the next session after Friday 2026-10-30; 2026-11-04 the third.
            ReadinessCheck oneBehind = named(check(market, SETTINGS, LocalDate.of(2026, 11, 2)), "data_freshness");
            assertEquals(Severity.WARNING, oneBehind.severity());
            assertEquals("feat_matrix ends on 2026-10-30, one session before 2026-11-02: the picks use that session's data",
                    oneBehind.message());
            Readiness threeBehind = check(market, SETTINGS, LocalDate.of(2026, 11, 4));
            assertTrue(threeBehind.blocked());
            assertEquals("data_freshness: feat_matrix ends on 2026-10-30, 3 sessions before 2026-11-04: run kairos download and"
                    + " kairos features", threeBehind.blockingReasons());
        }
    }

    @Test
    void fewerThanFiftyLiquidNamesBlockAndFewerThanAskedWarn() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("liquidity.duckdb"))) {
            StoreSql.execute(market.store, "UPDATE feat_matrix SET adv_20 = 1000000 WHERE ticker BETWEEN 'T26' AND 'T30'");
            KairosConfig.Portfolio asking58 = new KairosConfig.Portfolio(8, 10.0, 2_000_000, 0.15, 2.0, 0.5, 0.3, "prob",
                    "vol_blend", "adv_20", "inverse_vol", 58, 252);
            assertEquals(new ReadinessCheck("liquidity", Severity.WARNING, "55 of 60 names on 2026-10-30 have adv_20 of at least"
                    + " 2,000,000; portfolio.min_liquid_names asks for 58"), named(check(market, asking58, RebalanceStore.DATE),
                    "liquidity"));

            StoreSql.execute(market.store, "UPDATE feat_matrix SET adv_20 = 1000000 WHERE ticker BETWEEN 'T20' AND 'T30'");
            Readiness blocked = check(market, SETTINGS, RebalanceStore.DATE);
            assertTrue(blocked.blocked());
            assertEquals("liquidity: 49 of 60 names on 2026-10-30 have adv_20 of at least 2,000,000; fewer than 50 cannot be"
                    + " traded", blocked.blockingReasons());
        }
    }

    @Test
    void aSectorWithoutLiquidNamesIsAWarning() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("sectors.duckdb"))) {
            StoreSql.execute(market.store, "INSERT INTO tickers (ticker, sector) VALUES ('U01', 'Utilities')");
            StoreSql.execute(market.store, "INSERT INTO feat_matrix VALUES ('U01', DATE '2026-10-30', 0.15, 100000)");
            assertEquals(new ReadinessCheck("sectors", Severity.WARNING, "1 of 3 sectors have no liquid name: Utilities"),
                    named(check(market, SETTINGS, RebalanceStore.DATE), "sectors"));
        }
    }

    @Test
    void missingPredictionsBlockTheCheckAndAreBadInputForThePicks() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("unscored.duckdb"))) {
            StoreSql.execute(market.store, "UPDATE predictions SET prob = NULL");
            assertEquals("predictions: model 2026-10-30 scored 60 names on 2026-10-30 but none is calibrated: run kairos"
                    + " calibrate (or set portfolio.alpha_column to score)", check(market, SETTINGS, RebalanceStore.DATE)
                    .blockingReasons());

            StoreSql.execute(market.store, "DELETE FROM predictions");
            Readiness readiness = check(market, SETTINGS, RebalanceStore.DATE);
            assertEquals("predictions: no model has predictions for 2026-10-30: run kairos train (then kairos calibrate)",
                    readiness.blockingReasons());
            KairosException failure = assertThrows(KairosException.class, () -> new PickBuilder(RebalanceStore.CALENDAR, SETTINGS,
                    new InverseVolatility()).build(market.store.connection(), RebalanceStore.DATE, PriorRequest.STORE));
            assertEquals(KairosException.Kind.FAILURE, failure.kind(), "bad input: exit 1");
        }
    }

    @Test
    void aModelTrainedAfterTheRebalanceDateIsNotUsed() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("future.duckdb"))) {
            StoreSql.execute(market.store, "UPDATE model_registry SET as_of = DATE '2026-11-20'");
            assertEquals(Severity.CRITICAL, named(check(market, SETTINGS, RebalanceStore.DATE), "predictions").severity(),
                    "its predictions of 2026-10-30 may have learnt from labels that ended after it");
        }
    }

    @Test
    void aStaleCheckRefusesThePicksAndWritesNothing() throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("refused.duckdb"))) {
            KairosException refused = assertThrows(KairosException.class, () -> new PickBuilder(RebalanceStore.CALENDAR, SETTINGS,
                    new InverseVolatility()).build(market.store.connection(), LocalDate.of(2026, 11, 4), PriorRequest.STORE));
            assertEquals(KairosException.Kind.REFUSED, refused.kind());
            assertTrue(refused.getMessage().startsWith("The rebalance of 2026-11-04 is not ready:\ndata_freshness:"),
                    refused.getMessage());
            assertEquals(0, StoreSql.count(market.store,
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'rebalance_picks'"));
            assertFalse(Files.exists(dir.resolve("outputs")));
        }
    }
}
