package io.kairos.execution.alpaca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.execution.Bracket;
import io.kairos.execution.ExecutionPlan;
import io.kairos.execution.ExecutionReport;
import io.kairos.execution.ExecutionRun;
import io.kairos.execution.OrderOptions;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.PicksInput;
import io.kairos.execution.TrackedOrder;
import io.kairos.http.testing.RecordingSleeper;
import io.kairos.ops.Json;
import io.kairos.ops.audit.AuditLog;
import io.kairos.ops.audit.AuditVerifier;
import io.kairos.portfolio.RebalanceStore;
import io.kairos.risk.DrawdownGuard;
import io.kairos.risk.EquityPeak;
import io.kairos.risk.KillSwitch;
import io.kairos.risk.PreTradeChecks;
import io.kairos.risk.RiskLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kairos execute's core against the fake Alpaca, one fault at a time on the order POST: each ends with the
 * order placed exactly once and the audit log telling what happened. The picks of {@link RebalanceStore}'s
 * date (2026-10-30) are executed on Monday 2026-11-02 at 09:00 New York time, before the open.
 */
class ExecutionFaultsTest {

    private static final Instant NOW = Instant.parse("2026-11-02T14:00:00Z");
    private static final String ORDER = "k-20261030-E01-b-";

    @TempDir
    Path dir;

    /** One run of one order (E01, 10% of 100,000 at the 2026-10-30 close) with {@code fault} on its first POST. */
    private Outcome run(FakeAlpaca.Fault fault, boolean killSwitchOn) throws Exception {
        return run(fault, killSwitchOn, OrderOptions.DEFAULTS);
    }

    private Outcome run(FakeAlpaca.Fault fault, boolean killSwitchOn, OrderOptions options) throws Exception {
        try (RebalanceStore market = new RebalanceStore(dir.resolve("store.duckdb")); FakeAlpaca fake = FakeAlpaca.start()) {
            Path picksFile = Files.writeString(dir.resolve("picks.csv"), "ticker,weight\nE01,0.10\n");
            PicksInput picks = PicksInput.read(picksFile, RebalanceStore.DATE);
            fake.cash("100000").lastEquity("100000").price("E01", "50.00").now(NOW.toString())
                    .clock("2026-11-02T09:00:00-05:00", false, "2026-11-02T09:30:00-05:00", "2026-11-02T16:00:00-05:00");
            for (LocalDate day : RebalanceStore.CALENDAR.sessions(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 9))) {
                fake.session(day.toString(), "09:30", "16:00");
            }
            if (fault != null) {
                fake.failNext("POST", "/v2/orders", fault);
            }
            KillSwitch killSwitch = new KillSwitch(dir.resolve("state"), Clock.fixed(NOW, ZoneOffset.UTC));
            if (killSwitchOn) {
                killSwitch.trip("operator halt", "test");
            }
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            AuditLog audit = new AuditLog(dir.resolve("logs/audit.jsonl"), clock);
            ExecutionRun run = new ExecutionRun(AlpacaTestSetup.broker(fake, new RecordingSleeper()), RebalanceStore.CALENDAR,
                    new PreTradeChecks(RiskLimits.DEFAULTS, killSwitch, RebalanceStore.CALENDAR), killSwitch,
                    new DrawdownGuard(RiskLimits.DEFAULTS, new EquityPeak(dir.resolve("state"), clock), killSwitch), audit::append,
                    clock, options);
            ExecutionPlan plan = run.plan(market.store().connection(), picks);
            List<TrackedOrder> tracked = run.submit(plan);
            ExecutionReport report = run.report(plan, run.latest(tracked), 0.005);
            String id = plan.orders().get(0).request().clientOrderId();
            List<String> posted = fake.requests().stream().filter(seen -> seen.method().equals("POST")).map(FakeAlpaca.Seen::body)
                    .toList();
            return new Outcome(id, plan, tracked, report, fake.ordersWithClientOrderId(id), fake.postsWithClientOrderId(id),
                    Files.readString(audit.file()), AuditVerifier.verify(audit.file()).broken() == null, posted);
        }
    }

    private record Outcome(String id, ExecutionPlan plan, List<TrackedOrder> tracked, ExecutionReport report, int orders, int posts,
            String audit, boolean chainIntact, List<String> posted) {

        int count(String event) {
            return (int) audit.lines().filter(line -> line.contains("\"event\":\"" + event + "\"")).count();
        }
    }

    @Test
    void withoutAFaultTheOrderIsSizedFromThePicksAndFilled() throws Exception {
        Outcome outcome = run(null, false);
        assertTrue(outcome.id().startsWith(ORDER), outcome.id());
        // 10% of 100,000 at E01's close of 2026-10-30, floored to whole shares
        assertEquals(outcome.plan().orders().get(0).targetQty(), outcome.tracked().get(0).filledQty());
        assertEquals(1, outcome.orders());
        assertEquals(1, outcome.posts());
        assertEquals(OrderStatus.FILLED, outcome.tracked().get(0).status());
        assertEquals(List.of(1, 1, 1), List.of(outcome.count("order_intent"), outcome.count("order_submitted"),
                outcome.count("order_acknowledged")));
        assertTrue(outcome.chainIntact());
    }

    @Test
    void aBracketBuyCarriesBothLegsPricedFromItsDecisionPriceGoodTillCancelled() throws Exception {
        Outcome outcome = run(null, false, new OrderOptions(false, Bracket.of(0.20, 0.10)));
        BigDecimal decision = outcome.plan().orders().get(0).decisionPrice();
        JsonNode body = Json.mapper().readTree(outcome.posted().get(0));
        assertEquals("bracket", body.path("order_class").asText());
        assertEquals("gtc", body.path("time_in_force").asText(), "Alpaca takes brackets with day or gtc only, never opg");
        assertEquals(decision.multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                body.path("take_profit").path("limit_price").asText());
        assertEquals(decision.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                body.path("stop_loss").path("stop_price").asText());
        assertEquals(OrderStatus.FILLED, outcome.tracked().get(0).status(), "the fake accepted the legs' prices");
        assertEquals(1, outcome.orders());
        assertTrue(outcome.plan().orderStyle().contains("take profit +20%, stop loss -10%"), outcome.plan().orderStyle());
    }

    @Test
    void aServerErrorIsLookedUpAndTheOrderSentAgainOnce() throws Exception {
        Outcome outcome = run(FakeAlpaca.Fault.serverError(), false);
        assertEquals(1, outcome.orders(), "placed once");
        assertEquals(2, outcome.posts(), "the first post was not accepted, so it was sent again");
        assertEquals(1, outcome.count("order_outcome_unknown"));
        assertEquals(OrderStatus.FILLED, outcome.tracked().get(0).status());
    }

    @Test
    void anOrderAcceptedButNeverAnsweredIsAdoptedNotSentAgain() throws Exception {
        Outcome outcome = run(FakeAlpaca.Fault.acceptThenHang(), false);
        assertEquals(1, outcome.orders());
        assertEquals(1, outcome.posts());
        assertEquals(1, outcome.count("order_adopted"));
        assertTrue(outcome.audit().contains("found by client order id after UNKNOWN_OUTCOME"), outcome.audit());
    }

    @Test
    void aConnectionDroppedAfterAcceptingIsAdoptedNotSentAgain() throws Exception {
        Outcome outcome = run(FakeAlpaca.Fault.acceptThenDisconnect(), false);
        assertEquals(1, outcome.orders());
        assertEquals(1, outcome.posts());
        assertEquals(1, outcome.count("order_adopted"));
    }

    @Test
    void aRateLimitedPostWaitsLooksUpAndSendsOnce() throws Exception {
        Outcome outcome = run(FakeAlpaca.Fault.rateLimited(NOW.getEpochSecond() + 2), false);
        assertEquals(1, outcome.orders());
        assertEquals(2, outcome.posts());
        assertEquals(OrderStatus.FILLED, outcome.tracked().get(0).status());
    }

    @Test
    void aPartialFillLeavesTheOrderWorkingAndThePortfolioOffTarget() throws Exception {
        Outcome outcome = run(FakeAlpaca.Fault.partialFill("3"), false);
        assertEquals(1, outcome.orders());
        assertEquals(OrderStatus.PARTIALLY_FILLED, outcome.tracked().get(0).status());
        assertEquals(1, outcome.report().working());
        assertFalse(outcome.report().matches(), "E01 holds 3 shares of its target");
    }

    @Test
    void aBuyingPowerRefusalIsFinalAndRecorded() throws Exception {
        Outcome outcome = run(FakeAlpaca.Fault.insufficientBuyingPower(), false);
        assertEquals(0, outcome.orders());
        assertEquals(1, outcome.posts());
        assertEquals(OrderStatus.REJECTED, outcome.tracked().get(0).status());
        assertTrue(outcome.tracked().get(0).refusal().contains("insufficient buying power"), outcome.tracked().get(0).refusal());
        assertEquals(1, outcome.count("order_refused"));
        assertEquals(1.0, outcome.report().rejectionRate());
    }

    @Test
    void marketOnOpenOrdersOutsideTheirWindowStopTheRunBeforeAnyOrder() throws Exception {
        // the fake is not a paper host, so the account is live and the orders are market-on-open;
        // 10:00 New York time is between 09:28 and 19:00
        try (RebalanceStore market = new RebalanceStore(dir.resolve("store.duckdb")); FakeAlpaca fake = FakeAlpaca.start()) {
            Instant tenAm = Instant.parse("2026-11-02T15:00:00Z");
            fake.cash("100000").lastEquity("100000").price("E01", "50.00").now(tenAm.toString())
                    .clock("2026-11-02T10:00:00-05:00", true, "2026-11-03T09:30:00-05:00", "2026-11-02T16:00:00-05:00");
            for (LocalDate day : RebalanceStore.CALENDAR.sessions(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 9))) {
                fake.session(day.toString(), "09:30", "16:00");
            }
            Clock clock = Clock.fixed(tenAm, ZoneOffset.UTC);
            KillSwitch killSwitch = new KillSwitch(dir.resolve("state"), clock);
            ExecutionRun run = new ExecutionRun(AlpacaTestSetup.broker(fake, new RecordingSleeper()), RebalanceStore.CALENDAR,
                    new PreTradeChecks(RiskLimits.DEFAULTS, killSwitch, RebalanceStore.CALENDAR), killSwitch,
                    new DrawdownGuard(RiskLimits.DEFAULTS, new EquityPeak(dir.resolve("state"), clock), killSwitch),
                    (event, fields) -> { }, clock, OrderOptions.DEFAULTS);
            PicksInput picks = PicksInput.read(Files.writeString(dir.resolve("picks.csv"), "ticker,weight\nE01,0.10\n"),
                    RebalanceStore.DATE);
            KairosException refused = assertThrows(KairosException.class,
                    () -> run.plan(market.store().connection(), picks));
            assertEquals("Market-on-open orders are accepted from 19:00 to 09:28 New York time, and it is 10:00 there: nothing"
                    + " was sent; run again in the window.", refused.getMessage());
            assertEquals(0, fake.orderPosts());
        }
    }

    @Test
    void withTheKillSwitchOnNothingIsPosted() throws Exception {
        Outcome outcome = run(null, true);
        assertEquals(0, outcome.posts());
        assertEquals(0, outcome.tracked().size());
        assertFalse(outcome.plan().verdicts().get(0).approved());
        assertTrue(outcome.plan().verdicts().get(0).summary().contains("kill_switch"), outcome.plan().verdicts().get(0).summary());
    }
}
