package io.kairos.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.research.indicator.Sma;
import io.kairos.research.strategy.SmaCross;
import io.kairos.testsupport.SharedData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SMA crossover 10/30 on Backtrader's own sample file orcl-1995-2014.txt (../shared/data/backtrader; skipped when
 * absent), 2000-01-01 to 2014-12-31, 10,000 cash, 0.1% commission, 95% of cash per entry: the figures a person can
 * check against the file's lines.
 */
class OrclSmaCrossTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final LocalDate END = LocalDate.of(2014, 12, 31);

    @Test
    void theFirstTradeEntersAtTheOpenOfTheBarAfterTheFirstCrossAndTheFinalValueAddsUp() throws IOException {
        Path file = SharedData.file("backtrader/orcl-1995-2014.txt");
        Bars bars = PriceFileBars.read(file).between(START, END);
        ResearchResult result = BacktraderEngine.run(bars, new SmaCross(10, 30), new ResearchSettings(10_000, 0.001, 0.95));

        // the range starts with the first line dated 2000 and SMA(30) first exists on its 30th bar
        List<String> lines = Files.readAllLines(file).stream().filter(l -> l.compareTo("2000") > 0 && l.compareTo("2015") < 0).toList();
        assertEquals(lines.size(), bars.size());
        assertEquals(bars.date(30), result.dates().get(result.firstBar()));

        // the first cross up, found from exact sums: SMA(10) above SMA(30) after being below
        double[] close = bars.close();
        int cross = -1;
        double lastDifference = exactMean(close, 29, 10) - exactMean(close, 29, 30);
        for (int t = 30; t < bars.size() && cross < 0; t++) {
            double difference = exactMean(close, t, 10) - exactMean(close, t, 30);
            if (lastDifference < 0 && difference > 0) {
                cross = t;
            }
            lastDifference = difference != 0 ? difference : lastDifference;
        }
        Trade first = result.trades().get(0);
        assertEquals(bars.date(cross + 1), first.entryDate());
        String entryLine = lines.get(cross + 1);
        assertTrue(entryLine.startsWith(first.entryDate() + ","), entryLine);
        assertEquals(Double.parseDouble(entryLine.split(",")[1]), first.entryPrice(), 0.0);
        assertEquals((long) Math.floor(0.95 * 10_000 / close[cross]), first.size());

        // value = cash + position * last close, and the cash is the start plus every closed trade's net pnl, less what
        // the open position cost with its commission
        double expected = 10_000 + result.trades().stream().mapToDouble(Trade::pnlNet).sum();
        if (result.open().isPresent()) {
            OpenPosition open = result.open().get();
            assertEquals(Double.parseDouble(lines.get(lines.size() - 1).split(",")[4]), open.lastClose(), 0.0);
            expected += open.unrealizedPnl() - open.entryCommission();
        }
        assertEquals(expected, result.metrics().finalValue(), 1e-6);
        assertEquals(result.metrics().finalValue(), result.equity()[bars.size() - 1]);
    }

    @Test
    void theRunningSmaEqualsTheCorrectlyRoundedMeanOnEveryBarOfTheFile() throws IOException {
        double[] close = PriceFileBars.read(SharedData.file("backtrader/orcl-1995-2014.txt")).close();
        for (int period : new int[] {10, 30}) {
            double[] sma = Sma.of(close, period);
            for (int t = period - 1; t < close.length; t++) {
                assertEquals(exactMean(close, t, period), sma[t], 0.0, "period " + period + " bar " + t);
            }
        }
    }

    /** Backtrader's fsum(window) / period: the exact sum rounded once, then divided. */
    private static double exactMean(double[] x, int last, int period) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = last - period + 1; i <= last; i++) {
            sum = sum.add(new BigDecimal(x[i]));
        }
        return sum.doubleValue() / period;
    }
}
