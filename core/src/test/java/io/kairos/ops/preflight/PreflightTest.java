package io.kairos.ops.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.config.ConfigPin;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.execution.Broker;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.TimeInForce;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.records.ExecutionRecords;
import io.kairos.execution.records.Reconciler;
import io.kairos.execution.records.Venues;
import io.kairos.execution.sim.SimBroker;
import io.kairos.portfolio.RebalanceStore;
import io.kairos.testsupport.StoreSql;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner: every check reports, an error is a FAIL line, and a ready store passes the standard checks. */
class PreflightTest {

    @TempDir
    Path dir;

    private record Fixed(String name, Verdict verdict) implements PreflightCheck {
        @Override
        public String rule() {
            return "fixed";
        }

        @Override
        public Verdict run(PreflightSubject subject) {
            return verdict;
        }
    }

    @Test
    void aCheckThatThrowsIsAFailLineAndTheOthersStillRun() {
        PreflightCheck throwing = new PreflightCheck() {
            @Override
            public String name() {
                return "throws";
            }

            @Override
            public String rule() {
                return "throws";
            }

            @Override
            public Verdict run(PreflightSubject subject) {
                throw new IllegalStateException("boom\n  on two lines");
            }
        };
        PreflightReport report;
        try (PreflightSubject subject = new PreflightHome(dir).subject(PreflightMode.PAPER)) {
            report = new Preflight(List.of(throwing, new Fixed("fine", Verdict.pass("ok")))).run(subject);
        }
        assertEquals(new PreflightOutcome("throws", PreflightStatus.FAIL, "IllegalStateException: boom on two lines", "throws", List.of()),
                report.checks().get(0));
        assertEquals(PreflightStatus.PASS, report.checks().get(1).status());
        assertFalse(report.ready());
        assertEquals(1, report.count(PreflightStatus.FAIL));
    }

    @Test
    void warningsAloneAreReady() {
        PreflightReport report;
        try (PreflightSubject subject = new PreflightHome(dir).subject(PreflightMode.PAPER)) {
            report = new Preflight(List.of(new Fixed("a", Verdict.warn("careful")), new Fixed("b", Verdict.pass("ok")))).run(subject);
        }
        assertTrue(report.ready());
        assertEquals(1, report.count(PreflightStatus.WARN));
        assertEquals("paper", report.asJson().get("mode"));
        assertEquals(true, report.asJson().get("ready"));
    }

    /**
     * The store ready on 2026-10-30, its simulated account opened that day with 10 E01 bought, reconciled, the configuration
     * pinned: at
     * 18:00 New York time every check passes (disk space depends on the machine, so it is only required not to fail).
     */
    @Test
    void aReadyStoreWithItsSimulatedAccountPassesInPaperMode() throws Exception {
        PreflightHome home = new PreflightHome(dir);
        Files.createDirectories(home.db().getParent());
        try (RebalanceStore market = new RebalanceStore(home.db())) {
            SimBroker.open(market.store(), PreflightHome.CALENDAR, FillModel.DEFAULTS, SimBroker.DEFAULT_INITIAL_CASH, RebalanceStore.DATE)
                    .fillAt(OrderRequest.market("k-20261030-E01", "E01", OrderSide.BUY, BigDecimal.TEN, TimeInForce.DAY),
                            new BigDecimal("50.00"));
        }
        try (PreflightSubject subject = home.subject(PreflightMode.PAPER)) {
            Broker broker = subject.broker();
            new Reconciler(broker, ExecutionRecords.open(subject.store().connection(), Venues.of(broker, subject.account()),
                    subject.clock()), (event, fields) -> {
                    }).reconcile(true);
        }
        ConfigPin.of(home.effective(), PreflightHome.AFTER_CLOSE_2026_10_30, "ops").write(dir.resolve("state/config.pin"));

        PreflightReport report;
        try (PreflightSubject subject = home.subject(PreflightMode.PAPER)) {
            report = Preflight.standard().run(subject);
        }

        assertEquals(List.of("configuration valid", "config matches pin", "broker keys present", "mode matches base URL",
                "broker reachable", "account not blocked", "broker calendar agrees", "market calendar covers today", "kill switch off",
                "no pipeline running", "store writable", "disk space", "data fresh", "predictions current", "model not stale",
                "positions reconcile", "no stale open orders", "audit chain intact"), ConfigChecksTest.names(report));
        for (PreflightOutcome check : report.checks()) {
            if (!check.check().equals("disk space")) {
                assertEquals(PreflightStatus.PASS, check.status(), check.toString());
            }
        }
        assertTrue(report.ready());
        assertTrue(ConfigChecksTest.named(report, "broker reachable").reason().startsWith("the simulated account (as of 2026-10-30)"
                + " answered: equity "), ConfigChecksTest.named(report, "broker reachable").reason());
        assertEquals("venue sim: 1 order and 1 position agree with the records",
                ConfigChecksTest.named(report, "positions reconcile").reason());
        try (PriceStore store = PriceStore.open(home.db(), PriceStore.Access.READ_ONLY, StoreSettings.DEFAULTS)) {
            assertEquals(0, StoreSql.count(store, "SELECT count(*) FROM exec_reconciliations"),
                    "the preflight's reconcile is a dry run");
        }
    }
}
