package io.kairos.ops.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.execution.Broker;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.TimeInForce;
import io.kairos.execution.alpaca.FakeAlpaca;
import io.kairos.execution.records.ExecutionRecords;
import io.kairos.execution.records.Reconciler;
import io.kairos.execution.records.Venues;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker checks over real HTTP against the fake Alpaca (a live account: its host is not paper-api...), at
 * Friday 2026-10-30 18:00 in New York, and against a closed port.
 */
class BrokerChecksTest {

    private static final String ACCOUNT = "7c0ffee1-5eed-4a11-b0a7-2b3c4d5e6f70";

    @TempDir
    Path dir;

    private static void assertOutcome(PreflightStatus status, String reason, PreflightOutcome outcome) {
        assertEquals(status + " " + reason, outcome.status() + " " + outcome.reason());
    }

    /** A store for the checks that keep records in it; prices are not needed. */
    private PreflightHome withStore() {
        PreflightHome home = new PreflightHome(dir);
        PriceStore.open(home.db(), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS).close();
        return home;
    }

    /** The fake's clock and calendar as they are at 18:00 New York time on 2026-10-30. */
    private static FakeAlpaca agreeing(FakeAlpaca fake) {
        fake.now("2026-10-30T22:00:00Z").clock("2026-10-30T18:00:00-04:00", false, "2026-11-02T09:30:00-05:00",
                "2026-11-02T16:00:00-05:00");
        for (LocalDate day : PreflightHome.CALENDAR.sessions(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 11, 6))) {
            fake.session(day.toString(), "09:30", "16:00");
        }
        return fake;
    }

    @Test
    void anUnreachableBrokerFailsAndTheChecksAskingItAreSkipped() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PreflightHome home = withStore().env("ALPACA_API_KEY_ID", FakeAlpaca.KEY_ID).env("ALPACA_API_SECRET_KEY", FakeAlpaca.SECRET_KEY)
                .env("ALPACA_BASE_URL", "http://localhost:" + closedPort);

        PreflightOutcome reachable = home.run(new BrokerReachableCheck(), PreflightMode.LIVE);

        assertEquals(PreflightStatus.FAIL, reachable.status());
        assertTrue(reachable.reason().contains("localhost:" + closedPort), reachable.reason());
        assertFalse(reachable.reason().contains(FakeAlpaca.SECRET_KEY), "the secret is never shown");
        assertOutcome(PreflightStatus.FAIL, "skipped: the broker did not answer", home.run(new AccountNotBlockedCheck(), PreflightMode.LIVE));
        assertOutcome(PreflightStatus.FAIL, "skipped: the broker did not answer", home.run(new OpenOrdersCheck(), PreflightMode.LIVE));
    }

    @Test
    void withoutKeysPaperModeWarnsThatThereIsNoSimulatedAccountAndLiveModeFails() {
        PreflightHome home = withStore();
        assertOutcome(PreflightStatus.WARN, "no Alpaca keys and no simulated account in the store yet: kairos execute --execute"
                + " creates it", home.run(new BrokerReachableCheck()));
        assertOutcome(PreflightStatus.WARN, "skipped: no broker to ask: no Alpaca keys and no simulated account yet",
                home.run(new AccountNotBlockedCheck()));
        assertOutcome(PreflightStatus.FAIL, "skipped: live mode needs the Alpaca keys, and they are not set",
                home.run(new BrokerReachableCheck(), PreflightMode.LIVE));
    }

    @Test
    void aBlockedAccountFails() {
        try (FakeAlpaca fake = FakeAlpaca.start()) {
            PreflightHome home = new PreflightHome(dir).alpaca(fake);
            assertOutcome(PreflightStatus.PASS, "alpaca LIVE account " + ACCOUNT + " answered: equity 100000, cash 100000",
                    home.run(new BrokerReachableCheck(), PreflightMode.LIVE));
            assertOutcome(PreflightStatus.PASS, "account " + ACCOUNT + " (status ACTIVE) not blocked",
                    home.run(new AccountNotBlockedCheck(), PreflightMode.LIVE));

            fake.blockAccount();

            assertOutcome(PreflightStatus.FAIL, "account " + ACCOUNT + " (status ACTIVE) is blocked: the broker refuses every order;"
                    + " see its dashboard", home.run(new AccountNotBlockedCheck(), PreflightMode.LIVE));
        }
    }

    @Test
    void aBrokerCalendarMissingASessionOrAClockOffByTenMinutesFails() {
        try (FakeAlpaca fake = agreeing(FakeAlpaca.start())) {
            PreflightHome home = new PreflightHome(dir).alpaca(fake);
            assertOutcome(PreflightStatus.PASS, "alpaca's sessions around 2026-10-30 and its clock agree with the NYSE calendar",
                    home.run(new BrokerCalendarCheck(), PreflightMode.LIVE));

            fake.clock("2026-10-30T18:10:00-04:00", false, "2026-11-02T09:30:00-05:00", "2026-11-02T16:00:00-05:00");
            PreflightOutcome drifted = home.run(new BrokerCalendarCheck(), PreflightMode.LIVE);
            assertEquals(PreflightStatus.FAIL, drifted.status());
            assertTrue(drifted.reason().startsWith("The alpaca clock reads 2026-10-30T22:10:00Z and this machine's"
                    + " 2026-10-30T22:00:00Z: more than 5 minutes apart."), drifted.reason());
        }
        try (FakeAlpaca fake = FakeAlpaca.start()) {
            agreeing(fake).session("2026-11-03", "09:30", "13:00");
            PreflightOutcome disagree = new PreflightHome(dir).alpaca(fake).run(new BrokerCalendarCheck(), PreflightMode.LIVE);
            assertEquals(PreflightStatus.FAIL, disagree.status());
            assertTrue(disagree.reason().startsWith("The alpaca calendar and Kairos's NYSE calendar disagree between 2026-10-23"
                    + " and 2026-11-06"), disagree.reason());
        }
    }

    @Test
    void anOrderOpenForMoreThanADayFails() {
        try (FakeAlpaca fake = FakeAlpaca.start()) {
            fake.holdOrders().price("E01", "50.00").price("T01", "20.00").now("2026-10-28T14:00:00Z");
            PreflightHome home = new PreflightHome(dir).alpaca(fake);
            try (PreflightSubject subject = home.subject(PreflightMode.LIVE)) {
                Broker broker = subject.broker();
                broker.submit(OrderRequest.market("k-old-E01", "E01", OrderSide.BUY, BigDecimal.TEN, TimeInForce.DAY));
                fake.now("2026-10-30T21:00:00Z");
                broker.submit(OrderRequest.market("k-new-T01", "T01", OrderSide.BUY, BigDecimal.ONE, TimeInForce.DAY));
            }

            PreflightOutcome stale = home.run(new OpenOrdersCheck(), PreflightMode.LIVE);

            assertOutcome(PreflightStatus.FAIL, "1 of 2 open orders submitted more than 24 hours ago, first k-old-E01 buy 10 E01"
                    + " submitted 2026-10-28T14:00:00Z: cancel them (kairos cancel-all) or find out why they wait", stale);
            fake.fillOpenOrders();
            assertOutcome(PreflightStatus.PASS, "no open orders", home.run(new OpenOrdersCheck(), PreflightMode.LIVE));
        }
    }

    @Test
    void anOrderOpenForLessThanADayPasses() {
        try (FakeAlpaca fake = FakeAlpaca.start()) {
            fake.holdOrders().price("T01", "20.00").now("2026-10-29T23:00:00Z");
            PreflightHome home = new PreflightHome(dir).alpaca(fake);
            try (PreflightSubject subject = home.subject(PreflightMode.LIVE)) {
                subject.broker().submit(OrderRequest.market("k-new-T01", "T01", OrderSide.BUY, BigDecimal.ONE, TimeInForce.DAY));
            }
            assertOutcome(PreflightStatus.PASS, "1 open order, all submitted within 24 hours",
                    home.run(new OpenOrdersCheck(), PreflightMode.LIVE));
        }
    }

    @Test
    void aPositionTheRecordsDoNotExplainFails() {
        try (FakeAlpaca fake = FakeAlpaca.start()) {
            fake.position("E01", "10", "50.00");
            PreflightHome home = withStore().alpaca(fake);
            String venue = "alpaca-live:" + ACCOUNT;
            assertOutcome(PreflightStatus.WARN, "venue " + venue + " has no records yet (0 orders and 1 position at the broker):"
                    + " kairos reconcile takes them from the broker", home.run(new ReconcileCheck(), PreflightMode.LIVE));
            try (PreflightSubject subject = home.subject(PreflightMode.LIVE)) {
                Broker broker = subject.broker();
                new Reconciler(broker, ExecutionRecords.open(subject.store().connection(), Venues.of(broker, subject.account()),
                        subject.clock()), (event, fields) -> {
                        }).reconcile(true);
            }
            assertOutcome(PreflightStatus.PASS, "venue " + venue + ": 0 orders and 1 position agree with the records",
                    home.run(new ReconcileCheck(), PreflightMode.LIVE));

            fake.position("T01", "5", "20.00");

            PreflightOutcome differs = home.run(new ReconcileCheck(), PreflightMode.LIVE);
            assertOutcome(PreflightStatus.FAIL, "venue " + venue + ": 1 difference, 1 needing a look, first position_mismatch T01"
                    + " (local 0, broker 5): run kairos reconcile and find out why", differs);
            assertEquals(List.of("position_mismatch T01 (local 0, broker 5)"), differs.details());
        }
    }
}
