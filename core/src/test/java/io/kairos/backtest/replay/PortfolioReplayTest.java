package io.kairos.backtest.replay;

import static io.kairos.backtest.replay.Panels.WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.backtest.metrics.BacktestMetrics;
import io.kairos.backtest.metrics.ClosedTrade;
import io.kairos.backtest.metrics.DailyPoint;
import io.kairos.backtest.metrics.RebalanceRecord;
import io.kairos.execution.OrderPlanner;
import io.kairos.execution.OrderSide;
import io.kairos.execution.fill.Bar;
import io.kairos.execution.fill.Fill;
import io.kairos.execution.fill.FillModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The replay on the week of {@link Panels#week()}, 100,000 dollars, the default fill model: every figure worked out by
 * hand from docs/EXECUTION.md's fill model and docs/BACKTEST.md's bookkeeping.
 *
 * <p>A rebalance on Wednesday 03-06 (session 2) fills at Thursday's open. Before Thursday, AAA's three closes 100, 102,
 * 100 give the returns ln(1.02) and -ln(1.02): a daily volatility of ln(1.02) * sqrt(2) = 0.0280051, and an ADV of
 * (100 + 102 + 100) / 3 * 1,000,000 = 100,666,667 dollars. BBB's closes are flat: volatility 0, ADV 100,000,000.
 */
class PortfolioReplayTest {

    private static final double CENTS = 1e-9;
    private static final LocalDate WEDNESDAY = WEEK.get(2);
    private static final LocalDate THURSDAY = WEEK.get(3);
    private static final LocalDate FRIDAY = WEEK.get(4);
    private static final LocalDate MONDAY = WEEK.get(5);
    private static final double VOLATILITY_AAA = Math.log(1.02) * Math.sqrt(2);
    private static final double ADV_AAA = 302_000_000 / 3.0;

    /** Half AAA, 30% BBB, the rest cash, from Wednesday's close. */
    private static TargetSchedule halfAndThirty() {
        return schedule(WEDNESDAY, Map.of("AAA", 0.5, "BBB", 0.3));
    }

    @Test
    void buysAtTheNextOpenPayingTheFillModelsCosts() {
        ReplayResult result = PortfolioReplay.run(Panels.week().build(), halfAndThirty(), ReplaySettings.DEFAULTS);

        // Wednesday: 100,000 in cash, so 50,000 / 100 = 500 AAA and 30,000 / 50 = 600 BBB; buys only, by ticker.
        // AAA at Thursday's open 101: half spread 0.05 * (102 - 100) / 101 / 2 = 0.000495050; impact
        // 0.1 * 0.0280051 * sqrt(50,500 / 100,666,667) = 0.0000627250; price 101 * 1.000557775 = 101.0563;
        // commission max(1, 500 * 0.005) = 2.50; cash -(500 * 101.0563) - 2.50 = -50,528.15 - 2.50 = -50,530.65.
        // Costs: spread 50,500 * 0.000495050 = 25.00, impact 3.17.
        // BBB at 50: half spread 0.05 * 1 / 50.5 / 2 = 0.000495050, no impact (volatility 0); price 50.0248;
        // commission 3.00; cash -(600 * 50.0248) - 3.00 = -30,014.88 - 3.00 = -30,017.88. Spread 14.85.
        List<ReplayFill> fills = result.fills();
        assertEquals(2, fills.size());
        assertFill(fills.get(0), THURSDAY, "AAA", OrderSide.BUY, 500, "101.0000", "101.0563", "2.50", "25.00", "3.17", "-50530.65");
        assertFill(fills.get(1), THURSDAY, "BBB", OrderSide.BUY, 600, "50.0000", "50.0248", "3.00", "14.85", "0.00", "-30017.88");

        // The cost part is the fill model's, called as the simulated broker calls it.
        Fill aaa = FillModel.DEFAULTS.fill(OrderSide.BUY, BigDecimal.valueOf(500), new Bar(101, 102, 100, 101, 1_000_000),
                VOLATILITY_AAA, ADV_AAA);
        assertEquals(aaa.cashFlow(), fills.get(0).cashFlow());
        assertEquals(aaa.total().dollars(), fills.get(0).costs());

        // Cash 100,000 - 50,530.65 - 30,017.88 = 19,451.47; equity 19,451.47 + 500 * 101 + 600 * 50.5 = 100,251.47.
        assertEquals(List.of(100_000.0, 100_000.0, 100_000.0, 19_451.47, 19_451.47, 19_451.47), result.cash());
        double[] equity = {100_000, 100_000, 100_000, 100_251.47, 19_451.47 + 500 * 103 + 600 * 51, 19_451.47 + 500 * 104 + 600 * 52};
        double[] gross = {0, 0, 0, 80_800 / 100_251.47, 82_100 / 101_551.47, 83_200 / 102_651.47};
        // The benchmark: the mean of AAA's and BBB's close-to-close returns.
        double[] benchmark = {0, (0.02 + 0) / 2, (100 / 102.0 - 1 + 0) / 2, (0.01 + 0.01) / 2, (103 / 101.0 - 1 + 51 / 50.5 - 1) / 2,
            (104 / 103.0 - 1 + 52 / 51.0 - 1) / 2};
        for (int s = 0; s < WEEK.size(); s++) {
            DailyPoint point = result.points().get(s);
            assertEquals(WEEK.get(s), point.date());
            assertEquals(equity[s], point.equity(), CENTS, "equity on " + point.date());
            assertEquals(gross[s], point.grossExposure(), CENTS, "gross exposure on " + point.date());
            assertEquals(benchmark[s], point.benchmarkReturn(), CENTS, "benchmark on " + point.date());
        }

        // Traded 50,500 + 30,000 at the open (before costs), a turnover of 80,500 / 200,000; costs 2.50 + 25.00 + 3.17
        // + 3.00 + 14.85.
        assertEquals(List.of(new RebalanceRecord(WEDNESDAY, 0.4025, 80_500, 48.52)), result.rebalances());
        assertEquals(List.of(), result.trades());
        assertEquals(new ClosingPosition(FRIDAY, "AAA", 500, 103, 51_500), result.positions().get(2));
        assertEquals(6, result.positions().size());
        assertEquals(6 * 2, result.tickerDays());
        BacktestMetrics.of(result.points(), result.rebalances(), result.trades());
    }

    @Test
    void whatTheParticipationCapLeavesFillsOnTheNextSession() {
        // Thursday AAA trades 6,000 shares: 5% is 300 of the 500; the other 200 fill at Friday's open of 103.
        PricePanel panel = Panels.week().bar("AAA", 3, 101, 102, 100, 101, 6_000).build();
        ReplayResult result = PortfolioReplay.run(panel, halfAndThirty(), ReplaySettings.DEFAULTS);

        // 300 AAA: impact 0.1 * 0.0280051 * sqrt(30,300 / 100,666,667) = 0.0000485866, price 101 * 1.000543637 = 101.0549;
        // commission max(1, 1.50) = 1.50; cash -(300 * 101.0549) - 1.50 = -30,316.47 - 1.50 = -30,317.97.
        // Friday, 200 AAA at 103 on a flat bar: half spread the 2 bp floor / 2 = 0.0001. History: closes 100, 102, 100, 101,
        // volatility sd(ln 1.02, -ln 1.02, ln(101/100)) = 0.0206191; ADV (100 + 102 + 100) M + 101 * 6,000 over 4 =
        // 75,651,500. Impact 0.1 * 0.0206191 * sqrt(20,600 / 75,651,500) = 0.0000340247; price 103.0138;
        // commission 1.00; cash -(200 * 103.0138) - 1.00 = -20,602.76 - 1.00 = -20,603.76.
        List<ReplayFill> fills = result.fills();
        assertEquals(3, fills.size());
        assertFill(fills.get(0), THURSDAY, "AAA", OrderSide.BUY, 300, "101.0000", "101.0549", "1.50", "15.00", "1.47", "-30317.97");
        assertFill(fills.get(1), THURSDAY, "BBB", OrderSide.BUY, 600, "50.0000", "50.0248", "3.00", "14.85", "0.00", "-30017.88");
        assertFill(fills.get(2), FRIDAY, "AAA", OrderSide.BUY, 200, "103.0000", "103.0138", "1.00", "2.06", "0.70", "-20603.76");

        // Thursday 100,000 - 30,317.97 - 30,017.88 = 39,664.15; Friday less 20,603.76 = 19,060.39.
        assertEquals(39_664.15, result.cash().get(3), CENTS);
        assertEquals(19_060.39, result.cash().get(4), CENTS);
        assertEquals(new ClosingPosition(THURSDAY, "AAA", 300, 101, 30_300), result.positions().get(0));
        assertEquals(new ClosingPosition(FRIDAY, "AAA", 500, 103, 51_500), result.positions().get(2));
        // One rebalance over both sessions: 30,300 + 30,000 + 20,600 traded; costs 17.97 + 17.85 + 3.76.
        RebalanceRecord rebalance = result.rebalances().get(0);
        assertEquals(80_900, rebalance.tradedValue(), CENTS);
        assertEquals(39.58, rebalance.costDollars(), CENTS);
    }

    @Test
    void aBuyIsCutToTheCashAndTheRestWaits() {
        // All in AAA: 100,000 / 100 = 1,000 shares, but at Thursday's open of 101 with costs they cost about 101,060.
        ReplayResult result = PortfolioReplay.run(Panels.week().build(), schedule(WEDNESDAY, Map.of("AAA", 1.0)),
                ReplaySettings.DEFAULTS);

        // 989 shares cost 99,952.20 with costs; 990 would cost 100,053.26, more than the cash.
        Bar thursday = new Bar(101, 102, 100, 101, 1_000_000);
        assertEquals(new BigDecimal("-100053.26"), FillModel.DEFAULTS.fill(OrderSide.BUY, BigDecimal.valueOf(990), thursday,
                VOLATILITY_AAA, ADV_AAA).cashFlow());
        assertEquals(1, result.fills().size());
        assertEquals(989, result.fills().get(0).qty());
        assertEquals(new BigDecimal("-99952.20"), result.fills().get(0).cashFlow());
        // 47.80 left: the 11 shares still open never become affordable (Friday's open is 103).
        assertEquals(47.80, result.cash().get(5), CENTS);
    }

    @Test
    void aDividendIsCreditedOnTheExDate() {
        // Friday AAA closes at 103 but its closeadj rises from 101 to 104: per share 101 * 104 / 101 - 103 = 1.00. Later
        // closeadj keeps the ratio, so Monday has no dividend.
        PricePanel panel = Panels.week().closeadj("AAA", 4, 104).closeadj("AAA", 5, 104 * 104 / 103.0).build();
        ReplayResult result = PortfolioReplay.run(panel, halfAndThirty(), ReplaySettings.DEFAULTS);

        // 500 AAA held at Thursday's close: 500.00 on Friday.
        assertEquals(19_451.47, result.cash().get(3), CENTS);
        assertEquals(19_951.47, result.cash().get(4), CENTS);
        assertEquals(19_951.47, result.cash().get(5), CENTS);
        assertEquals(19_951.47 + 500 * 103 + 600 * 51, result.points().get(4).equity(), CENTS);
        // AAA's total return that day is 104 / 101 - 1
        assertEquals((104 / 101.0 - 1 + 51 / 50.5 - 1) / 2, result.points().get(4).benchmarkReturn(), CENTS);
    }

    @Test
    void aDelistedHoldingIsClosedAtItsLastCloseWithoutCosts() {
        // BBB's last bar is Thursday's, the day it was bought: on Friday its 600 shares go at 50.5, nothing charged.
        PricePanel panel = Panels.week().delist("BBB", 4).build();
        ReplayResult result = PortfolioReplay.run(panel, halfAndThirty(), ReplaySettings.DEFAULTS);

        ReplayFill closing = result.fills().get(2);
        assertEquals(ReplayFill.Cause.DELISTED, closing.cause());
        assertFill(closing, FRIDAY, "BBB", OrderSide.SELL, 600, "50.5000", "50.5000", "0.00", "0.00", "0.00", "30300.00");
        // Bought for 30,017.88 with costs, closed for 30,300.00: 282.12, held Thursday to Friday.
        assertEquals(List.of(new ClosedTrade("BBB", THURSDAY, FRIDAY, 1, 282.12)), result.trades());
        // Cash 19,451.47 + 30,300 = 49,751.47; equity with 500 AAA at 103. The benchmark is AAA's alone.
        assertEquals(49_751.47, result.cash().get(4), CENTS);
        assertEquals(49_751.47 + 51_500, result.points().get(4).equity(), CENTS);
        assertEquals(103 / 101.0 - 1, result.points().get(4).benchmarkReturn(), CENTS);
        assertEquals(List.of("AAA", "AAA"), result.positions().subList(2, 4).stream().map(ClosingPosition::ticker).toList());
    }

    @Test
    void aRoundTripsPnlIsItsNetCashAfterCosts() {
        // Friday's rebalance goes to cash: both names sold at Monday's open (flat bars, half spread 0.0001).
        Map<LocalDate, Map<String, Double>> targets = new TreeMap<>(halfAndThirty().byDate());
        targets.put(FRIDAY, Map.of());
        ReplayResult result = PortfolioReplay.run(Panels.week().build(), new TargetSchedule(targets), ReplaySettings.DEFAULTS);

        // AAA, 500 at 104: closes 100, 102, 100, 101, 103 give a volatility of 0.0187026 and an ADV of 101,200,000;
        // impact 0.1 * 0.0187026 * sqrt(52,000 / 101,200,000) = 0.0000423948; price 104 * (1 - 0.0001424) = 103.9852;
        // cash 500 * 103.9852 - 2.50 = 51,992.60 - 2.50 = 51,990.10. Pnl 51,990.10 - 50,530.65 = 1,459.45.
        // BBB, 600 at 52: volatility 0.0057167, ADV 100,600,000, impact 0.0000100675, price 51.9943;
        // cash 600 * 51.9943 - 3.00 = 31,196.58 - 3.00 = 31,193.58. Pnl 31,193.58 - 30,017.88 = 1,175.70.
        // Both held from Thursday to Monday: 2 sessions.
        assertEquals(List.of(new ClosedTrade("AAA", THURSDAY, MONDAY, 2, 1_459.45), new ClosedTrade("BBB", THURSDAY, MONDAY, 2, 1_175.70)),
                result.trades());
        assertFill(result.fills().get(2), MONDAY, "AAA", OrderSide.SELL, 500, "104.0000", "103.9852", "2.50", "5.20", "2.20", "51990.10");
        assertFill(result.fills().get(3), MONDAY, "BBB", OrderSide.SELL, 600, "52.0000", "51.9943", "3.00", "3.12", "0.31", "31193.58");
        // All cash again: 19,451.47 + 51,990.10 + 31,193.58.
        assertEquals(102_635.15, result.cash().get(5), CENTS);
        assertEquals(102_635.15, result.points().get(5).equity(), CENTS);
        assertEquals(0, result.points().get(5).grossExposure());
        // Friday's equity 101,551.47; 52,000 + 31,200 traded.
        RebalanceRecord sale = result.rebalances().get(1);
        assertEquals(83_200 / (2 * 101_551.47), sale.turnover(), CENTS);
        assertEquals(2.50 + 5.20 + 2.20 + 3.00 + 3.12 + 0.31, sale.costDollars(), CENTS);
    }

    @Test
    void twoRunsGiveEqualResults() {
        Map<LocalDate, Map<String, Double>> targets = new TreeMap<>(halfAndThirty().byDate());
        targets.put(FRIDAY, Map.of("BBB", 0.6, "AAA", 0.2));
        PricePanel panel = Panels.week().bar("AAA", 3, 101, 102, 100, 101, 6_000).build();
        ReplayResult first = PortfolioReplay.run(panel, new TargetSchedule(targets), ReplaySettings.DEFAULTS);
        ReplayResult second = PortfolioReplay.run(panel, new TargetSchedule(targets), ReplaySettings.DEFAULTS);
        assertEquals(first, second);
        assertTrue(first.fills().size() > 3);
    }

    @Test
    void aRebalanceMustBeOnASessionOfThePanelAndNameItsTickers() {
        PricePanel panel = Panels.week().build();
        assertThrows(IllegalArgumentException.class, () -> PortfolioReplay.run(panel,
                schedule(LocalDate.of(2024, 3, 9), Map.of("AAA", 1.0)), ReplaySettings.DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> PortfolioReplay.run(panel, schedule(WEDNESDAY, Map.of("ZZZ", 1.0)),
                ReplaySettings.DEFAULTS));
        assertThrows(IllegalArgumentException.class, () -> schedule(WEDNESDAY, Map.of("AAA", 0.7, "BBB", 0.4)));
    }

    @Test
    void sharesAreThePlannersFloorInDecimals() {
        // 1,000 * 0.11 / 1.1 is 100 in decimals, 99.99999999999999 in doubles: near an integer, sized in decimals
        assertEquals(100, PortfolioReplay.shares(1_000, 0.11, 1.1));
        assertEquals(1_000, PortfolioReplay.shares(1_000, 0.07, 0.07));
        assertEquals(600, PortfolioReplay.shares(100_000, 0.3, 50));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double equity = Math.round(random.nextDouble(1_000, 10_000_000) * 100) / 100.0;
            double weight = random.nextInt(1, 200) / 1000.0;
            double close = Math.round(random.nextDouble(0.5, 2_000) * 10_000) / 10_000.0;
            long planner = OrderPlanner.targetQty(BigDecimal.valueOf(equity), weight, BigDecimal.valueOf(close), 0).longValueExact();
            assertEquals(planner, PortfolioReplay.shares(equity, weight, close), equity + " * " + weight + " / " + close);
        }
    }

    private static TargetSchedule schedule(LocalDate date, Map<String, Double> weights) {
        return new TargetSchedule(Map.of(date, weights));
    }

    private static void assertFill(ReplayFill fill, LocalDate date, String ticker, OrderSide side, long qty, String reference,
            String price, String commission, String spread, String impact, String cashFlow) {
        assertEquals(date, fill.date());
        assertEquals(ticker, fill.ticker());
        assertEquals(side, fill.side());
        assertEquals(qty, fill.qty());
        assertEquals(new BigDecimal(reference), fill.referencePrice());
        assertEquals(new BigDecimal(price), fill.price());
        assertEquals(new BigDecimal(commission), fill.commission());
        assertEquals(new BigDecimal(spread), fill.spread());
        assertEquals(new BigDecimal(impact), fill.impact());
        assertEquals(new BigDecimal(cashFlow), fill.cashFlow());
    }
}
