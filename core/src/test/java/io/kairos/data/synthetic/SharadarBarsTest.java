package io.kairos.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sharadar's adjustments worked by hand on five traded days with a 2:1 split and a dividend. */
class SharadarBarsTest {

    private static final double EXACT = 1e-12;

    @Test
    void splitsAndDividendsAdjustEarlierRowsOnly() {
        TradedBars traded = new TradedBars(10, 5);
        traded.add(100, 102, 99, 100, 1000, 1, 0);
        traded.add(101, 105, 100, 104, 1200, 1, 0);
        traded.add(52, 53, 51, 52.5, 2600, 2, 0);      // 2:1 split effective at this open
        traded.add(52, 52.5, 51.5, 52, 2000, 1, 0.5);  // $0.50 goes ex
        traded.add(52.2, 53.5, 52, 53, 1800, 1, 0);

        SharadarBars bars = SharadarBars.from(traded);

        double dividendFactor = 1 - 0.5 / 52.5;
        // before the split: prices halved, volume doubled, and the dividend folded into closeadj
        assertEquals(50, bars.open(0), EXACT);
        assertEquals(51, bars.high(0), EXACT);
        assertEquals(49.5, bars.low(0), EXACT);
        assertEquals(50, bars.close(0), EXACT);
        assertEquals(2000, bars.volume(0), EXACT);
        assertEquals(100, bars.closeUnadj(0), EXACT);
        assertEquals(50 * dividendFactor, bars.closeAdj(0), EXACT);
        assertEquals(52 * dividendFactor, bars.closeAdj(1), EXACT);
        // the split day itself trades in new shares; only the later dividend adjusts it
        assertEquals(52.5, bars.close(2), EXACT);
        assertEquals(2600, bars.volume(2), EXACT);
        assertEquals(52, bars.closeAdj(2), EXACT);
        // from the ex-date on, nothing is adjusted
        assertEquals(52, bars.closeAdj(3), EXACT);
        assertEquals(53, bars.closeAdj(4), EXACT);
        assertEquals(53, bars.close(4), EXACT);

        assertEquals(10, bars.firstSession());
        assertEquals(13, bars.lastUpdatedSession(0), "adjusted when the dividend went ex");
        assertEquals(13, bars.lastUpdatedSession(2));
        assertEquals(13, bars.lastUpdatedSession(3));
        assertEquals(14, bars.lastUpdatedSession(4));
    }

    @Test
    void aDividendOnASplitDayIsComparedWithThePriorCloseInNewShares() {
        TradedBars traded = new TradedBars(0, 2);
        traded.add(60, 61, 59, 60, 100, 1, 0);
        traded.add(30, 31, 29, 30, 200, 2, 0.3);

        SharadarBars bars = SharadarBars.from(traded);

        assertEquals(30 * (1 - 0.3 / 30), bars.closeAdj(0), EXACT, "the $0.30 is 1% of the $30 prior close in new shares");
    }
}
