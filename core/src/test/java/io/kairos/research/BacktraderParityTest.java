package io.kairos.research;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.research.indicator.Atr;
import io.kairos.research.indicator.Ema;
import io.kairos.research.indicator.Sma;
import io.kairos.research.indicator.WilderRsi;
import io.kairos.research.strategy.SmaCross;
import io.kairos.testsupport.SharedData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Backtrader's own regression test of a crossover strategy (tests/test_strategy_unoptimized.py in mementum/backtrader:
 * buy when the close crosses above its 15-bar SMA, close the position when it crosses below, market orders, on its
 * sample file 2006-day-001.txt from 2006-01-01 to 2006-12-31) publishes the close of every signal bar and the price
 * of every fill, to the cent. {@code sma_cross:fast=1,slow=15} is that strategy (an SMA of one bar is the close); with
 * cash enough that no order is refused, Kairos must find the same signals on the same bars and fill at the same
 * prices. Skipped when ../shared/data is absent.
 */
class BacktraderParityTest {

    private static final List<String> BUY_SIGNAL_CLOSES = List.of("3641.42", "3798.46", "3874.61", "3860.00", "3843.08", "3648.33",
            "3526.84", "3632.93", "3788.96", "3841.31", "4045.22", "4052.89");
    private static final List<String> SELL_SIGNAL_CLOSES = List.of("3763.73", "3811.45", "3823.11", "3821.97", "3837.86", "3604.33",
            "3562.56", "3772.21", "3780.18", "3974.62", "4048.16");
    private static final List<String> BUY_FILLS = List.of("3643.35", "3801.03", "3872.37", "3863.57", "3845.32", "3656.43", "3542.65",
            "3639.65", "3799.86", "3840.20", "4047.63", "4052.55");
    private static final List<String> SELL_FILLS = List.of("3763.95", "3811.85", "3822.35", "3822.57", "3829.82", "3598.58",
            "3545.92", "3766.80", "3782.15", "3979.73", "4045.05");

    @Test
    void theCloseCrossingItsFifteenBarAverageTradesOnBacktradersBarsAtBacktradersPrices() {
        Bars bars = PriceFileBars.read(SharedData.file("backtrader/2006-day-001.txt"))
                .between(LocalDate.of(2006, 1, 1), LocalDate.of(2006, 12, 31));
        ResearchResult result = BacktraderEngine.run(bars, new SmaCross(1, 15), new ResearchSettings(100_000, 0, 0.95));

        List<String> buySignals = new ArrayList<>();
        List<String> buyFills = new ArrayList<>();
        List<String> sellSignals = new ArrayList<>();
        List<String> sellFills = new ArrayList<>();
        for (Trade trade : result.trades()) {
            buySignals.add(cents(closeBefore(bars, trade.entryDate())));
            buyFills.add(cents(trade.entryPrice()));
            sellSignals.add(cents(closeBefore(bars, trade.exitDate())));
            sellFills.add(cents(trade.exitPrice()));
        }
        OpenPosition open = result.open().orElseThrow(() -> new AssertionError("Backtrader ends the year holding the twelfth buy"));
        buySignals.add(cents(closeBefore(bars, open.entryDate())));
        buyFills.add(cents(open.entryPrice()));

        assertEquals(0, result.rejected(), "cash enough that no order is refused");
        assertEquals(BUY_SIGNAL_CLOSES, buySignals);
        assertEquals(BUY_FILLS, buyFills);
        assertEquals(SELL_SIGNAL_CLOSES, sellSignals);
        assertEquals(SELL_FILLS, sellFills);
    }

    /**
     * Backtrader's indicator tests (tests/test_ind_sma.py, _ema, _rsi, _atr) check each indicator with its default
     * period on the same 2006 bars at three points: the first bar with a value, the bar halfway back from the last
     * (Python's floor division), and the last; printed to six decimals.
     */
    @Test
    void theIndicatorsHaveBacktradersValuesOnItsOwnChecks() {
        Bars bars = PriceFileBars.read(SharedData.file("backtrader/2006-day-001.txt"))
                .between(LocalDate.of(2006, 1, 1), LocalDate.of(2006, 12, 31));
        assertEquals(255, bars.size());
        assertEquals(List.of("3644.444667", "3554.693333", "4063.463000"), checks(Sma.of(bars.close(), 30), 30));
        assertEquals(List.of("3644.444667", "3581.728712", "4070.115719"), checks(Ema.exponential(bars.close(), 30), 30));
        assertEquals(List.of("41.630968", "53.352553", "57.644284"), checks(WilderRsi.of(bars.close(), 14), 15));
        assertEquals(List.of("34.264286", "54.329064", "35.866308"), checks(Atr.of(bars.high(), bars.low(), bars.close(), 14), 15));
    }

    /** The values at Backtrader's check points for an indicator whose first value is on bar {@code minimum - 1}. */
    private static List<String> checks(double[] values, int minimum) {
        int last = values.length - 1;
        int back = Math.floorDiv(-values.length + minimum, 2);
        return List.of(six(values[minimum - 1]), six(values[last + back]), six(values[last]));
    }

    private static String six(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /** The close of the bar before {@code fill}'s: the bar whose close gave the signal. */
    private static double closeBefore(Bars bars, LocalDate fill) {
        int bar = bars.dates().indexOf(fill);
        return bars.close()[bar - 1];
    }

    private static String cents(double price) {
        return String.format(Locale.ROOT, "%.2f", price);
    }
}
