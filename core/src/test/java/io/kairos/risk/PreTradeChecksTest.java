package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.execution.Account;
import io.kairos.execution.Asset;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderType;
import io.kairos.execution.Position;
import io.kairos.execution.TimeInForce;
import io.kairos.ops.Json;
import io.kairos.ops.audit.AuditLog;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equity 100,000 and buying power 20,000; held: AAPL 40 shares (8,000), MSFT 20,000, both Tech, and XOM 10,000,
 * Energy. Trading on Friday 2026-11-20 at Thursday's close. Default limits: 10% a name, 20 names, 40% a sector,
 * a price at most 2 sessions old.
 */
class PreTradeChecksTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
    private static NyseCalendar calendar;

    @TempDir
    Path home;

    @BeforeAll
    static void calendar() {
        calendar = NyseCalendar.create();
    }

    private PreTradeChecks checks(RiskLimits limits) {
        return new PreTradeChecks(limits, killSwitch(), calendar);
    }

    private KillSwitch killSwitch() {
        return new KillSwitch(home.resolve("state"), Clock.fixed(KillSwitchTest.NOW, ZoneOffset.UTC));
    }

    private static Account account() {
        return new Account("A1", "ACTIVE", new BigDecimal("100000"), new BigDecimal("100000"), new BigDecimal("20000"),
                new BigDecimal("20000"), false);
    }

    private static List<Position> positions() {
        return List.of(position("AAPL", "40", "8000"), position("MSFT", "50", "20000"), position("XOM", "100", "10000"));
    }

    private static Position position(String symbol, String qty, String marketValue) {
        BigDecimal value = marketValue == null ? null : new BigDecimal(marketValue);
        BigDecimal price = value == null || new BigDecimal(qty).signum() == 0 ? null : value.divide(new BigDecimal(qty));
        return new Position(symbol, new BigDecimal(qty), price, price, value);
    }

    private static final Map<String, String> SECTORS = Map.of("AAPL", "Tech", "MSFT", "Tech", "NVDA", "Tech", "XOM", "Energy",
            "PFE", "Health");

    private static OrderRequest order(OrderSide side, String symbol, String qty) {
        return OrderRequest.market("k-" + symbol + "-" + side.wire(), symbol, side, new BigDecimal(qty), TimeInForce.DAY);
    }

    private static PreTradeInput input(OrderRequest order, String price) {
        return new PreTradeInput(order, new BigDecimal(price), THURSDAY, FRIDAY, account(), positions(),
                Optional.of(new Asset(order.symbol(), true, true, "NASDAQ")), SECTORS, 0);
    }

    private static PreTradeInput withPriceDates(PreTradeInput in, LocalDate priceDate, LocalDate tradeDate) {
        return new PreTradeInput(in.order(), in.referencePrice(), priceDate, tradeDate, in.account(), in.positions(), in.asset(),
                in.sectors(), in.plannedPositions());
    }

    private static PreTradeInput withPositions(PreTradeInput in, List<Position> positions, int planned) {
        return new PreTradeInput(in.order(), in.referencePrice(), in.priceDate(), in.tradeDate(), in.account(), positions, in.asset(),
                in.sectors(), planned);
    }

    private static PreTradeInput withAccount(PreTradeInput in, Account account) {
        return new PreTradeInput(in.order(), in.referencePrice(), in.priceDate(), in.tradeDate(), account, in.positions(), in.asset(),
                in.sectors(), in.plannedPositions());
    }

    private static PreTradeInput withAsset(PreTradeInput in, Optional<Asset> asset) {
        return new PreTradeInput(in.order(), in.referencePrice(), in.priceDate(), in.tradeDate(), in.account(), in.positions(), asset,
                in.sectors(), in.plannedPositions());
    }

    private CheckResult result(PreTradeInput input, String check) {
        return checks(RiskLimits.DEFAULTS).check(input).result(check);
    }

    /** Every limit but the one under test out of the way. */
    private static RiskLimits only(String limit) {
        return new RiskLimits(limit.equals("position") ? new BigDecimal("0.10") : BigDecimal.ONE, 20,
                limit.equals("sector") ? new BigDecimal("0.40") : BigDecimal.ONE, 2, new BigDecimal("0.05"), new BigDecimal("0.15"));
    }

    @Test
    void anOrderWithinEveryLimitIsApprovedAndEveryCheckSaysWhatItMeasured() {
        // AAPL 40 + 10 = 50 shares at 200 = 10,000: exactly 10% of equity; Tech 10,000 + 20,000 = 30%; cost 2,000
        PreTradeVerdict verdict = checks(RiskLimits.DEFAULTS).check(input(order(OrderSide.BUY, "AAPL", "10"), "200"));
        assertTrue(verdict.approved(), verdict::summary);
        assertEquals("approved (8 checks passed)", verdict.summary());
        assertEquals(List.of(
                CheckResult.pass("kill_switch", "off"),
                CheckResult.pass("account", "account A1 ACTIVE, not blocked"),
                CheckResult.pass("tradable", "AAPL tradable on NASDAQ"),
                CheckResult.pass("price_age", "the reference price 200 of 2026-11-19 is 1 session old on 2026-11-20 (at most 2)"),
                CheckResult.pass("position_size", "AAPL would be 10000.00 after the order, 10.00% of equity 100000.00 (at most 10%)"),
                CheckResult.pass("position_count", "3 positions after the order (risk.max_portfolio_positions 20; the order adds no name)"),
                CheckResult.pass("sector_exposure", "Tech would be 30000.00 after the order, 30.00% of equity 100000.00 (at most 40%)"),
                CheckResult.pass("buying_power", "the order costs 2000.00 of the buying power 20000.00")), verdict.results());
        verdict.requireApproved();
    }

    @Test
    void positionSizeRejectsACentBeyondTenPercent() {
        // 50 shares at 200.01 = 10,000.50 > 10,000
        assertEquals(CheckResult.reject("position_size", "AAPL would be 10000.50 after the order, 10.00% of equity 100000.00,"
                + " beyond risk.max_position_pct 10%"), result(input(order(OrderSide.BUY, "AAPL", "10"), "200.01"), "position_size"));
        // 60 shares at 200 = 12,000
        assertEquals(CheckResult.reject("position_size", "AAPL would be 12000.00 after the order, 12.00% of equity 100000.00,"
                + " beyond risk.max_position_pct 10%"), result(input(order(OrderSide.BUY, "AAPL", "20"), "200"), "position_size"));
    }

    @Test
    void ordersThatShrinkAPositionPassTheSizeAndSectorLimitsEvenAboveThem() {
        // AAPL at 400: 40 shares are 16,000, 16%; selling 10 leaves 12,000, still above 10%, but less
        PreTradeInput sell = input(order(OrderSide.SELL, "AAPL", "10"), "400");
        assertEquals(CheckResult.pass("position_size", "the order shrinks AAPL (40 to 30 shares)"), result(sell, "position_size"));
        assertEquals(CheckResult.pass("sector_exposure", "the order shrinks AAPL and so Tech"), result(sell, "sector_exposure"));
        assertEquals(CheckResult.pass("buying_power", "a sell needs no buying power"), result(sell, "buying_power"));
        assertFalse(result(input(order(OrderSide.BUY, "AAPL", "1"), "400"), "position_size").passed(), "a buy grows it");
    }

    @Test
    void positionCountRejectsATwentyFirstNameUnlessThePicksHaveMore() {
        List<Position> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(position("N" + i, "10", "1000"));
        }
        PreTradeInput newName = withPositions(input(order(OrderSide.BUY, "PFE", "10"), "30"), twenty, 0);
        assertEquals(CheckResult.reject("position_count", "21 positions after the order, beyond risk.max_portfolio_positions 20"),
                result(newName, "position_count"));
        assertEquals(CheckResult.pass("position_count", "21 positions after the order (risk.max_portfolio_positions 20 raised to the"
                + " picks' 25)"), result(withPositions(newName, twenty, 25), "position_count"));

        PreTradeInput heldName = withPositions(input(order(OrderSide.BUY, "N3", "1"), "100"), twenty, 0);
        assertTrue(result(heldName, "position_count").passed(), "adding to a held name keeps 20");
        List<Position> withZero = new ArrayList<>(twenty.subList(0, 19));
        withZero.add(position("CLOSED", "0", "0"));
        assertTrue(result(withPositions(newName, withZero, 0), "position_count").passed(), "a position of 0 shares is no position");
    }

    @Test
    void sectorExposureRejectsACentBeyondFortyPercent() {
        // Tech: AAPL 8,000 + MSFT 20,000 + NVDA 60 x 200 = 12,000 -> 40,000 = 40%
        PreTradeChecks checks = checks(only("sector"));
        assertEquals(CheckResult.pass("sector_exposure", "Tech would be 40000.00 after the order, 40.00% of equity 100000.00"
                + " (at most 40%)"), checks.check(input(order(OrderSide.BUY, "NVDA", "60"), "200")).result("sector_exposure"));
        PreTradeVerdict beyond = checks.check(input(order(OrderSide.BUY, "NVDA", "60"), "200.01"));
        assertEquals(CheckResult.reject("sector_exposure", "Tech would be 40000.60 after the order, 40.00% of equity 100000.00,"
                + " beyond risk.max_sector_exposure 40%"), beyond.result("sector_exposure"));
        assertEquals(List.of(beyond.result("sector_exposure")), beyond.rejections(), "only the sector limit binds");

        assertEquals(CheckResult.reject("sector_exposure", "no sector is known for ZZZ"),
                checks.check(input(order(OrderSide.BUY, "ZZZ", "1"), "10")).result("sector_exposure"));
    }

    @Test
    void priceAgeCountsSessionsSoWeekendsAndHolidaysDoNotAge() {
        PreTradeInput order = input(order(OrderSide.BUY, "AAPL", "1"), "200");
        assertEquals(CheckResult.pass("price_age", "the reference price 200 of 2026-11-18 is 2 sessions old on 2026-11-20 (at most 2)"),
                result(withPriceDates(order, LocalDate.of(2026, 11, 18), FRIDAY), "price_age"));
        assertEquals(CheckResult.reject("price_age", "the reference price 200 of 2026-11-17 is 3 sessions old on 2026-11-20, beyond"
                + " risk.max_price_age_sessions 2"), result(withPriceDates(order, LocalDate.of(2026, 11, 17), FRIDAY), "price_age"));
        assertTrue(result(withPriceDates(order, FRIDAY, LocalDate.of(2026, 11, 23)), "price_age").detail()
                .contains("is 1 session old on 2026-11-23"), "Friday's close on Monday");
        String thanksgiving = result(withPriceDates(order, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27)), "price_age").detail();
        assertTrue(thanksgiving.contains("is 1 session old on 2026-11-27"), thanksgiving);
        assertTrue(result(withPriceDates(order, FRIDAY, FRIDAY), "price_age").detail().contains("is 0 sessions old"));
        assertEquals(CheckResult.reject("price_age", "the reference price of 2026-11-23 is dated after the trading date 2026-11-20"),
                result(withPriceDates(order, LocalDate.of(2026, 11, 23), FRIDAY), "price_age"));
        assertEquals(CheckResult.reject("price_age", "the reference price 0 is not positive"),
                result(input(order(OrderSide.BUY, "AAPL", "1"), "0"), "price_age"));
    }

    @Test
    void buyingPowerRejectsACentMoreButNeverASell() {
        assertEquals(CheckResult.pass("buying_power", "the order costs 20000.00 of the buying power 20000.00"),
                result(input(order(OrderSide.BUY, "PFE", "100"), "200"), "buying_power"));
        assertEquals(CheckResult.reject("buying_power", "the order costs 20001.00, more than the buying power 20000.00"),
                result(input(order(OrderSide.BUY, "PFE", "100"), "200.01"), "buying_power"));
        OrderRequest limit = new OrderRequest("k-limit", "PFE", OrderSide.BUY, new BigDecimal("100"), OrderType.LIMIT, TimeInForce.DAY,
                new BigDecimal("210"), null, null);
        assertEquals(CheckResult.reject("buying_power", "the order costs 21000.00, more than the buying power 20000.00"),
                result(input(limit, "190"), "buying_power"), "a limit order may cost its limit price");
        assertTrue(result(input(order(OrderSide.SELL, "MSFT", "50"), "400"), "buying_power").passed());
    }

    @Test
    void theSymbolMustBeKnownTradableAndFractionableForAFraction() {
        PreTradeInput order = input(order(OrderSide.BUY, "AAPL", "2.5"), "200");
        assertTrue(result(order, "tradable").passed());
        assertEquals(CheckResult.reject("tradable", "the broker does not know AAPL"),
                result(withAsset(order, Optional.empty()), "tradable"));
        assertEquals(CheckResult.reject("tradable", "AAPL is not tradable at the broker"),
                result(withAsset(order, Optional.of(new Asset("AAPL", false, true, "NASDAQ"))), "tradable"));
        assertEquals(CheckResult.reject("tradable", "AAPL is not fractionable at the broker and the order is for 2.5 shares"),
                result(withAsset(order, Optional.of(new Asset("AAPL", true, false, "NASDAQ"))), "tradable"));
        assertTrue(result(withAsset(input(order(OrderSide.BUY, "AAPL", "3.000"), "200"),
                Optional.of(new Asset("AAPL", true, false, "NASDAQ"))), "tradable").passed(), "3.000 shares are whole");
    }

    @Test
    void aBlockedAccountRejects() {
        Account blocked = new Account("A1", "ACTIVE", new BigDecimal("100000"), new BigDecimal("100000"), new BigDecimal("20000"),
                new BigDecimal("20000"), true);
        assertEquals(CheckResult.reject("account", "the broker account A1 is blocked (status ACTIVE)"),
                result(withAccount(input(order(OrderSide.BUY, "AAPL", "1"), "200"), blocked), "account"));
    }

    @Test
    void theKillSwitchIsReadForEveryOrder() {
        PreTradeChecks checks = checks(RiskLimits.DEFAULTS);
        PreTradeInput order = input(order(OrderSide.BUY, "AAPL", "1"), "200");
        assertTrue(checks.check(order).approved());
        killSwitch().trip("reconciliation found an unknown position", "kairos kill-switch on");
        PreTradeVerdict verdict = checks.check(order);
        assertEquals(List.of(CheckResult.reject("kill_switch", "the kill switch is ON since 2026-11-20T15:31:00Z by kairos kill-switch on:"
                + " reconciliation found an unknown position")), verdict.rejections());
        KairosException refused = assertThrows(KairosException.class, verdict::requireApproved);
        assertEquals(KairosException.Kind.REFUSED, refused.kind());
        assertEquals("Order k-AAPL-buy (AAPL) rejected: kill_switch: the kill switch is ON since 2026-11-20T15:31:00Z by kairos"
                + " kill-switch on: reconciliation found an unknown position.", refused.getMessage());
    }

    @Test
    void aCheckThatThrowsRejectsAndTheOthersStillRun() {
        List<Position> noValue = List.of(position("AAPL", "40", "8000"), position("MSFT", "50", null));
        PreTradeVerdict verdict = checks(RiskLimits.DEFAULTS).check(withPositions(input(order(OrderSide.BUY, "AAPL", "1"), "200"),
                noValue, 0));
        assertFalse(verdict.approved());
        assertEquals(8, verdict.results().size(), "every check ran");
        assertEquals(List.of("sector_exposure"), verdict.rejections().stream().map(CheckResult::check).toList());
        assertTrue(verdict.result("sector_exposure").detail().startsWith("check sector_exposure failed: NullPointerException: "),
                verdict.result("sector_exposure").detail());

        Account noEquity = new Account("A1", "ACTIVE", null, null, null, null, false);
        PreTradeVerdict unknownEquity = checks(RiskLimits.DEFAULTS).check(withAccount(input(order(OrderSide.BUY, "AAPL", "1"), "200"),
                noEquity));
        assertEquals(List.of("position_size", "sector_exposure", "buying_power"),
                unknownEquity.rejections().stream().map(CheckResult::check).toList());
        assertTrue(unknownEquity.rejections().stream().allMatch(result -> result.detail().startsWith("check " + result.check()
                + " failed: NullPointerException")), unknownEquity::summary);

        PreTradeInput future = withPriceDates(input(order(OrderSide.BUY, "AAPL", "1"), "200"), LocalDate.of(2040, 1, 2),
                LocalDate.of(2040, 1, 3));
        assertTrue(result(future, "price_age").detail().startsWith("check price_age failed: "), "a date beyond the calendar");
    }

    @Test
    void theVerdictGoesToTheAuditLogWithEveryOutcome() throws Exception {
        PreTradeVerdict verdict = checks(RiskLimits.DEFAULTS).check(input(order(OrderSide.BUY, "AAPL", "20"), "200"));
        AuditLog log = AuditLog.in(home.resolve("logs"), Clock.fixed(KillSwitchTest.NOW, ZoneOffset.UTC));
        log.append("check_verdict", Map.of("verdict", verdict, "approved", verdict.approved()));
        JsonNode fields = Json.mapper().readTree(Files.readAllLines(log.file()).get(0)).get("fields");
        assertFalse(fields.get("approved").asBoolean());
        assertEquals("k-AAPL-buy", fields.at("/verdict/clientOrderId").asText());
        assertEquals(8, fields.at("/verdict/results").size());
        assertEquals("position_size", fields.at("/verdict/results/4/check").asText());
        assertFalse(fields.at("/verdict/results/4/passed").asBoolean());
        assertEquals("AAPL would be 12000.00 after the order, 12.00% of equity 100000.00, beyond risk.max_position_pct 10%",
                fields.at("/verdict/results/4/detail").asText());
    }
}
