package io.kairos.research.smallaccount;

import static io.kairos.research.smallaccount.Paths.bar;
import static io.kairos.research.smallaccount.Paths.flat;
import static io.kairos.research.smallaccount.Paths.path;
import static io.kairos.research.smallaccount.Paths.session;
import static io.kairos.research.smallaccount.Paths.signals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each small-account rule walked through on a hand-made price path (sessions: {@link Paths}), with the default rules
 * unless a test says otherwise: $1,000, risk 1% = $10 a trade, stop 1% below the entry, so a $50 stock is sized
 * 10 / (50 x 1%) = 20 shares: 12 (60%) at the entry and 8 (40%) as the add. Every signal below is on session 0's
 * close at $50 unless said otherwise, so the entry fills at session 1's open.
 */
class SmallAccountSimulatorTest {

    private static final int SESSIONS = 10;
    private static final double CENT = 1e-9;
    private static final SmallAccountRules RULES = SmallAccountRules.DEFAULTS;

    private static SmallAccountResult run(SmallAccountRules rules, SymbolFeed... feeds) {
        return new SmallAccountSimulator(rules).run(List.of(feeds));
    }

    private static SymbolFeed buyOnMonday(PricePath path) {
        return SymbolFeed.entries(path, signals(SESSIONS, 0));
    }

    private static Trade trade(SmallAccountResult result, String symbol) {
        return result.trades().stream().filter(trade -> trade.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new AssertionError("no trade of " + symbol + " in " + result.trades()));
    }

    private static List<RiskEventKind> events(SmallAccountResult result) {
        return result.events().stream().map(RiskEvent::kind).toList();
    }

    @Test
    void theEntryIsSixtyPercentOfTheRiskSizeAndTheAddFortyPercentOnAHalfPercentGain() {
        PricePath a = path("A", SESSIONS, flat(50),
                bar(50, 50.2, 49.8, 50.1),     // s1: 12 shares at 50, stop 49.50; the entry session's close does not count for the add
                bar(50.1, 50.4, 50.0, 50.3),   // s2: close 50.30 >= 50 x 1.005 = 50.25 in the window: add at the next open
                bar(50.0, 50.5, 49.9, 50.4),   // s3: 8 shares at 50.00, the $400 of cash left buys exactly 8
                flat(50.4));

        Trade trade = trade(run(RULES, buyOnMonday(a)), "A");

        assertEquals(session(1), trade.entryDate());
        assertEquals(50.0, trade.entryPrice(), CENT);
        assertEquals(List.of(new Fill(session(1), FillKind.ENTRY, 12, 50.0), new Fill(session(3), FillKind.ADD, 8, 50.0),
                new Fill(session(6), FillKind.EXIT, 20, 50.4)), trade.fills());
        // held s1..s5, the time stop sells at s6's open: 20 x (50.40 - 50.00) = 8.00
        assertEquals(ExitReason.TIME_STOP, trade.exitReason());
        assertEquals(8.0, trade.profit(), CENT);
    }

    @Test
    void aGainAfterTheTwoSessionsAfterTheEntryAddsNothing() {
        PricePath a = path("A", SESSIONS, flat(50),
                bar(50, 50.4, 49.8, 50.3),     // s1: the entry session, +0.6% but not in the window
                bar(50.3, 50.3, 50.1, 50.2),   // s2 and s3: the window, +0.4% only
                bar(50.2, 50.3, 50.1, 50.2),
                bar(50.2, 50.5, 50.1, 50.4));  // s4: +0.8%, one session too late

        SmallAccountResult result = run(RULES, buyOnMonday(a));

        assertEquals(List.of(), trade(result, "A").fills(FillKind.ADD));
        assertEquals(List.of(), result.skipped());
    }

    @Test
    void theFixedStopSellsAtOnePercentBelowTheEntryOrAtAnOpenThatGapsThroughIt() {
        PricePath touched = path("A", SESSIONS, flat(50), flat(50), bar(49.8, 49.9, 49.4, 49.6));
        PricePath gapped = path("A", SESSIONS, flat(50), flat(50), bar(49.2, 49.3, 49.0, 49.1));

        Trade atStop = trade(run(RULES, buyOnMonday(touched)), "A");
        Trade atOpen = trade(run(RULES, buyOnMonday(gapped)), "A");

        // the low 49.40 reaches the stop 50 x 0.99 = 49.50: 12 x -0.50 = -6.00
        assertEquals(ExitReason.STOP, atStop.exitReason());
        assertEquals(session(2), atStop.exitDate());
        assertEquals(49.5, atStop.exitPrice(), CENT);
        assertEquals(-6.0, atStop.profit(), CENT);
        // the open 49.20 is already below it: 12 x -0.80 = -9.60
        assertEquals(49.2, atOpen.exitPrice(), CENT);
        assertEquals(-9.6, atOpen.profit(), CENT);
    }

    @Test
    void theStopTrailsOnePercentBelowTheHighestHighOnceACloseIsTwoPercentUp() {
        PricePath a = path("A", SESSIONS, flat(50),
                bar(50, 51.5, 49.9, 51.2),     // s1: close 51.20 >= 51.00: trailing; stop 51.50 x 0.99 = 50.985
                bar(51.3, 52.0, 50.9, 51.8));  // s2: the low 50.90 reaches the stop set at s1's close

        Trade trade = trade(run(RULES, buyOnMonday(a)), "A");

        assertEquals(ExitReason.TRAILING_STOP, trade.exitReason());
        assertEquals(session(2), trade.exitDate());
        assertEquals(50.985, trade.exitPrice(), CENT);
        assertEquals(12 * 0.985, trade.profit(), CENT);
    }

    @Test
    void theTimeStopSellsAtTheOpenAfterFiveSessions() {
        Trade trade = trade(run(RULES, buyOnMonday(path("A", SESSIONS, flat(50)))), "A");

        // entered at s1's open (Tue 11-03), held s1..s5 (11-03..11-09), sold at s6's open (Tue 11-10)
        assertEquals(ExitReason.TIME_STOP, trade.exitReason());
        assertEquals(session(6), trade.exitDate());
        assertEquals(50.0, trade.exitPrice(), CENT);
    }

    @Test
    void anExitSignalSellsAtTheNextOpen() {
        PricePath a = path("A", SESSIONS, flat(50), flat(50), flat(50), flat(50.5));

        Trade trade = trade(run(RULES, new SymbolFeed(a, signals(SESSIONS, 0), signals(SESSIONS, 2))), "A");

        assertEquals(ExitReason.SIGNAL, trade.exitReason());
        assertEquals(session(3), trade.exitDate());
        assertEquals(50.5, trade.exitPrice(), CENT);
    }

    @Test
    void aFourthPositionIsRefused() {
        // risk 0.2% = $2: 2 / (50 x 1%) = 4 shares, 60% = 2.4 -> 2 shares ($100) each, so cash does not bind
        SmallAccountRules small = new SmallAccountRules(1000, 0.002, 0.6, 0.4, 0.005, 2, 3, 0.01, 0.02, 0.01, 5, 0.01, 0.015,
                0.0075, 0.005, 0.02, 2);
        SmallAccountResult result = run(small, buyOnMonday(path("A", SESSIONS, flat(50))), buyOnMonday(path("B", SESSIONS, flat(50))),
                buyOnMonday(path("C", SESSIONS, flat(50))), buyOnMonday(path("D", SESSIONS, flat(50))));

        assertEquals(List.of("A", "B", "C"), result.trades().stream().map(Trade::symbol).toList());
        result.trades().forEach(trade -> assertEquals(2, trade.fills().get(0).shares()));
        assertEquals(List.of(new SkippedOrder("D", session(0), "entry", "max positions: 3 open or ordered")), result.skipped());
    }

    @Test
    void cashBindsFirstWithTheDefaults() {
        // a full position is risk / stop = 10 / 1% = $1,000, the whole account: the entry is $600, the second entry gets
        // the $400 left (8 shares), the third nothing
        SmallAccountResult result = run(RULES, buyOnMonday(path("A", SESSIONS, flat(50))), buyOnMonday(path("B", SESSIONS, flat(50))),
                buyOnMonday(path("C", SESSIONS, flat(50))));

        assertEquals(12, trade(result, "A").fills().get(0).shares());
        assertEquals(8, trade(result, "B").fills().get(0).shares());
        assertEquals(List.of(new SkippedOrder("B", session(1), "entry", "cut from 12 to 8 shares: the cash left, $400.00"),
                new SkippedOrder("C", session(1), "entry", "no cash: $0.00 buys no share at 50.00")), result.skipped());
    }

    @Test
    void aSizeThatRoundsToZeroSharesIsSkippedWithItsArithmetic() {
        // 10 / (1000 x 1%) = 1 share; 60% of it rounds down to 0
        SmallAccountResult result = run(RULES, buyOnMonday(path("BIG", SESSIONS, flat(1000))));

        assertEquals(List.of(), result.trades());
        assertEquals(List.of(new SkippedOrder("BIG", session(0), "entry", "size rounds to 0 shares: risk $10.00 / (1000.00 x 1.00%)"
                + " = 1 share(s), of which the entry fraction 0.6 is 0")), result.skipped());
    }

    @Test
    void aOnePercentDrawdownRaisesAnAlertAndNothingElse() {
        // s2 opens at 49.10 through the stop: 12 x -0.90 = -10.80, equity 989.20, drawdown 1.08%
        PricePath a = path("A", SESSIONS, flat(50), flat(50), bar(49.1, 49.2, 49.0, 49.1));

        SmallAccountResult result = run(RULES, SymbolFeed.entries(a, signals(SESSIONS, 0, 2)));

        assertEquals(List.of(new RiskEvent(session(2), RiskEventKind.ALERT, 0.0108, "drawdown 1.08% >= 1.00%")),
                result.events().stream().map(e -> new RiskEvent(e.date(), e.kind(), Math.round(e.drawdown() * 1e6) / 1e6, e.detail()))
                        .toList());
        // entries go on: the signal at s2's close is sized from 989.20: 9.892 / 0.491 = 20.1 -> 20, 12 at the entry
        assertEquals(List.of(new Fill(session(3), FillKind.ENTRY, 12, 49.1)), result.trades().get(1).fills(FillKind.ENTRY));
    }

    /** A and B bought on Monday (A 12 shares, B cut to 8 by cash), A gaps to 48.70 at s2's open: -15.60, 984.40, 1.56%. */
    private static SmallAccountResult reduced(double[] bOnS3) {
        PricePath a = path("A", SESSIONS, flat(50), flat(50), bar(48.7, 48.9, 48.5, 48.8));
        PricePath b = path("B", SESSIONS, flat(50), flat(50), flat(50), bOnS3);
        PricePath c = path("C", SESSIONS, flat(20));
        return run(RULES, buyOnMonday(a), buyOnMonday(b), SymbolFeed.entries(c, signals(SESSIONS, 2, 3)));
    }

    @Test
    void atOnePointFivePercentPositionsAreHalvedAndEntriesWaitUntilWithinHalfAPercentOfThePeak() {
        // s3: B opens at 50, 4 of its 8 shares sold (cash 584.40 + 200 = 784.40), closes at 53: 784.40 + 4 x 53 = 996.40,
        // drawdown 0.36% <= 0.5%: resume
        SmallAccountResult result = reduced(bar(50, 53.2, 49.9, 53));

        assertEquals(List.of(RiskEventKind.ALERT, RiskEventKind.HALVE, RiskEventKind.RESUME), events(result));
        assertEquals(List.of(session(2), session(2), session(3)), result.events().stream().map(RiskEvent::date).toList());
        assertEquals(List.of(new Fill(session(1), FillKind.ENTRY, 8, 50.0), new Fill(session(3), FillKind.HALVE, 4, 50.0)),
                trade(result, "B").fills().subList(0, 2));
        SkippedOrder refused = result.skipped().get(1);
        assertEquals("C", refused.symbol());
        assertEquals(session(2), refused.date());
        assertTrue(refused.reason().startsWith("reduced: no new entries"), refused.reason());
        // after the resume, s3's close (53 >= 50.25, the second session after B's entry) also orders B's add: 40% of 20 =
        // 8 shares at s4's open, 53.00, leaving 784.40 - 424.00 = 360.40; C's signal at s3's close is sized
        // 9.964 / (20 x 1%) = 49.8 -> 49, 60% -> 29 shares, and cut to the 18 that 360.40 buys
        assertEquals(List.of(new Fill(session(4), FillKind.ADD, 8, 53.0)), trade(result, "B").fills(FillKind.ADD));
        assertEquals(List.of(new Fill(session(4), FillKind.ENTRY, 18, 20.0)), trade(result, "C").fills(FillKind.ENTRY));
        assertEquals(new SkippedOrder("C", session(4), "entry", "cut from 29 to 18 shares: the cash left, $360.40"),
                result.skipped().get(2));
    }

    @Test
    void whileReducedTheStopsAreTightenedToThreeQuartersOfAPercent() {
        // B's stop moved from 49.50 to 50 x (1 - 0.75%) = 49.625 at s2's close; s3's low 49.60 reaches it
        Trade b = trade(reduced(bar(50, 50.1, 49.6, 49.8)), "B");

        assertEquals(ExitReason.STOP, b.exitReason());
        assertEquals(List.of(new Fill(session(1), FillKind.ENTRY, 8, 50.0), new Fill(session(3), FillKind.HALVE, 4, 50.0),
                new Fill(session(3), FillKind.EXIT, 4, 49.625)), b.fills());
    }

    @Test
    void anAccountLeftFlatWhileReducedCoolsDownAndRestartsFromItsEquity() {
        // as in reduced(): A gapped out at s2 (cash 584.40), B halved at s3's open (4 x 50 = 200, cash 784.40) and its last 4
        // shares stopped at 49.625 (198.50): flat at s3's close with 982.90, 1.71% under the peak. Cash cannot climb back
        // within 0.5% of it, so instead of waiting for ever: no entries for 2 sessions (s4, s5), then from s6 the peak
        // restarts at 982.90. C's signal at s5's close: 9.829 / (20 x 1%) = 49.1 -> 49, 60% -> 29 shares at s6's open
        PricePath a = path("A", SESSIONS, flat(50), flat(50), bar(48.7, 48.9, 48.5, 48.8));
        PricePath b = path("B", SESSIONS, flat(50), flat(50), flat(50), bar(50, 50.1, 49.6, 49.8));
        PricePath c = path("C", SESSIONS, flat(20));

        SmallAccountResult result = run(RULES, buyOnMonday(a), buyOnMonday(b), SymbolFeed.entries(c, signals(SESSIONS, 3, 5)));

        assertEquals(List.of(RiskEventKind.ALERT, RiskEventKind.HALVE, RiskEventKind.SUSPEND), events(result));
        assertEquals(session(3), result.events().get(2).date());
        assertTrue(result.events().get(2).detail().startsWith("flat while reduced: no entries for 2 sessions"),
                result.events().get(2).detail());
        assertEquals(List.of(new Fill(session(6), FillKind.ENTRY, 29, 20.0)), trade(result, "C").fills(FillKind.ENTRY));
        assertEquals(982.90, result.equity().get(5).peak(), CENT);
    }

    @Test
    void atTwoPercentEverythingIsSoldAndEntriesAreSuspendedForTwoSessions() {
        // s2: A gaps to 48.00: 12 x -2.00 = -24.00, equity 976.00, drawdown 2.4%: liquidate B at s3's open, no entries
        // filling at s3 or s4 (Thu 11-05, Fri 11-06); C's signal at s4's close fills on Mon 11-09
        PricePath a = path("A", SESSIONS, flat(50), flat(50), bar(48, 48.2, 47.9, 48.1));
        PricePath b = path("B", SESSIONS, flat(50));
        PricePath c = path("C", SESSIONS, flat(20));

        SmallAccountResult result = run(RULES, buyOnMonday(a), buyOnMonday(b), SymbolFeed.entries(c, signals(SESSIONS, 2, 3, 4)));

        assertEquals(List.of(RiskEventKind.ALERT, RiskEventKind.LIQUIDATE, RiskEventKind.SUSPEND), events(result));
        assertEquals("no entries for 2 sessions: the first entry may fill at the open of 2026-11-09", result.events().get(2).detail());
        Trade liquidated = trade(result, "B");
        assertEquals(ExitReason.LIQUIDATION, liquidated.exitReason());
        assertEquals(session(3), liquidated.exitDate());
        assertEquals(List.of(session(2), session(3)), result.skipped().stream().filter(skip -> skip.symbol().equals("C"))
                .map(SkippedOrder::date).toList());
        assertEquals("suspended after a liquidation: entries fill again from 2026-11-09", result.skipped().get(1).reason());
        // the peak restarts from the 976.00 left: 9.76 / (20 x 1%) = 48.8 -> 48, 60% -> 28 shares, and no new alert
        assertEquals(List.of(new Fill(session(5), FillKind.ENTRY, 28, 20.0)), trade(result, "C").fills(FillKind.ENTRY));
        EquityPoint monday = result.equity().get(5);
        assertEquals(976.0, monday.peak(), CENT);
        assertEquals(0.0, monday.drawdown(), CENT);
    }
}
