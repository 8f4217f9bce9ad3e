package io.kairos.research.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every indicator on a few hand-made values, each expected value worked out by hand in the comments. */
class IndicatorsTest {

    private static final double NaN = Double.NaN;

    @Test
    void smaIsTheMeanOfTheLastPeriodValuesFromThePeriodThValueOn() {
        assertArrayEquals(new double[] {NaN, NaN, 2, 3, 4}, Sma.of(new double[] {1, 2, 3, 4, 5}, 3));
        // an average of an indicator starts where the indicator's values do: (1+2)/2, (2+3)/2
        assertArrayEquals(new double[] {NaN, NaN, 1.5, 2.5}, Sma.of(new double[] {NaN, 1, 2, 3}, 2));
        assertArrayEquals(new double[] {NaN, NaN}, Sma.of(new double[] {1, 2}, 3));
    }

    @Test
    void smaEqualsTheCorrectlyRoundedSumOverThePeriodAsBacktradersFsumDoes() {
        // 5,000 random-walk prices with 6 decimals, as in a Yahoo file; a plain running sum drifts by ulps here
        Random random = new Random(7);
        double[] x = new double[5000];
        double price = 20;
        for (int i = 0; i < x.length; i++) {
            price = Math.max(1, price * (1 + 0.02 * random.nextGaussian()));
            x[i] = Math.round(price * 1e6) / 1e6;
        }
        for (int period : new int[] {3, 10, 30, 200}) {
            double[] sma = Sma.of(x, period);
            for (int i = period - 1; i < x.length; i++) {
                BigDecimal exact = BigDecimal.ZERO;
                for (int j = i - period + 1; j <= i; j++) {
                    exact = exact.add(new BigDecimal(x[j]));
                }
                assertEquals(exact.doubleValue() / period, sma[i], 0.0, "period " + period + " bar " + i);
            }
        }
    }

    @Test
    void emaIsSeededByTheSimpleMeanThenSmoothsWithAlphaTwoOverPeriodPlusOne() {
        // period 3, alpha 0.5: seed (2+4+6)/3 = 4; 4*0.5 + 8*0.5 = 6; 6*0.5 + 2*0.5 = 4
        assertArrayEquals(new double[] {NaN, NaN, 4, 6, 4}, Ema.exponential(new double[] {2, 4, 6, 8, 2}, 3));
    }

    @Test
    void wilderSmoothingTakesAlphaOneOverPeriod() {
        // period 4, alpha 0.25: seed (1+2+3+4)/4 = 2.5; 2.5*0.75 + 8*0.25 = 3.875; 3.875*0.75 + 0 = 2.90625
        assertArrayEquals(new double[] {NaN, NaN, NaN, 2.5, 3.875, 2.90625}, Ema.wilder(new double[] {1, 2, 3, 4, 8, 0}, 4));
    }

    @Test
    void rsiIsWildersWithAveragesSeededByTheMeanOfTheFirstPeriodMoves() {
        // closes 10 11 10 12 12 11: up moves (from bar 1) 1 0 2 0 0, down moves 0 1 0 0 1
        // period 2 (alpha 0.5): up averages 0.5 1.25 0.625 0.3125, down averages 0.5 0.25 0.125 0.5625
        // RSI = 100 - 100 / (1 + up/down): 50, 100 - 100/6, 100 - 100/6, 100 - 100/(14/9) = 35.714285...
        double[] rsi = WilderRsi.of(new double[] {10, 11, 10, 12, 12, 11}, 2);
        assertEquals(NaN, rsi[1]);
        assertEquals(50, rsi[2], 1e-12);
        assertEquals(100 - 100 / 6.0, rsi[3], 1e-12);
        assertEquals(100 - 100 / 6.0, rsi[4], 1e-12);
        assertEquals(100 - 900 / 14.0, rsi[5], 1e-12);
    }

    @Test
    void rsiIs100WhenNothingFellAnd50WhenNothingMoved() {
        assertEquals(100, WilderRsi.of(new double[] {1, 2, 3}, 2)[2]);
        assertEquals(50, WilderRsi.of(new double[] {5, 5, 5}, 2)[2]);
    }

    @Test
    void donchianChannelsUseTheBarsBeforeTNotBarT() {
        // upper[t] = max(high[t-2], high[t-1]): max(5,7), max(7,6), max(6,4)
        assertArrayEquals(new double[] {NaN, NaN, 7, 7, 6}, Donchian.upper(new double[] {5, 7, 6, 4, 8}, 2));
        // lower[t] = min(low[t-2], low[t-1]): min(5,3), min(3,4), min(4,6)
        assertArrayEquals(new double[] {NaN, NaN, 3, 3, 4}, Donchian.lower(new double[] {5, 3, 4, 6, 2}, 2));
        // a longer window, the highest of the 3 bars before: max(9,1,2), max(1,2,3), max(2,3,2), max(3,2,4)
        assertArrayEquals(new double[] {NaN, NaN, NaN, 9, 3, 3, 4}, Donchian.upper(new double[] {9, 1, 2, 3, 2, 4, 1}, 3));
    }

    @Test
    void atrSmoothsTheTrueRangeWithWilder() {
        // true ranges from bar 1: max(12,9)-min(9,9) = 3, max(11,11)-min(9,11) = 2, max(13,10)-min(10,10) = 3
        // period 2: seed (3+2)/2 = 2.5, then 2.5*0.5 + 3*0.5 = 2.75
        double[] atr = Atr.of(new double[] {10, 12, 11, 13}, new double[] {8, 9, 9, 10}, new double[] {9, 11, 10, 12}, 2);
        assertArrayEquals(new double[] {NaN, NaN, 2.5, 2.75}, atr);
    }

    @Test
    void macdStartsOnBarSlowMinusOneAndItsSignalOnBarSlowPlusSignalMinusTwo() {
        // on closes 1..7, EMA(2) is i + 0.5 from bar 1 and EMA(3) is i from bar 2, so the macd line is 0.5 from bar 2,
        // and the signal (EMA(2) of it) 0.5 from bar 3
        Macd macd = Macd.of(new double[] {1, 2, 3, 4, 5, 6, 7}, 2, 3, 2);
        assertEquals(NaN, macd.macd()[1]);
        assertEquals(NaN, macd.signal()[2]);
        for (int i = 2; i < 7; i++) {
            assertEquals(0.5, macd.macd()[i], 1e-12);
        }
        for (int i = 3; i < 7; i++) {
            assertEquals(0.5, macd.signal()[i], 1e-12);
        }
    }

    @Test
    void crossOverComparesWithTheLastNonZeroDifference() {
        // a - b: -1, 0, +1, 0, -1, 0, +1. Bar 2 is a cross up although bar 1 touched (the last non-zero difference
        // was -1), bar 4 a cross down, bar 6 a cross up; touching (bars 3, 5) is none; bar 0 has no value
        double[] cross = CrossOver.of(new double[] {1, 2, 3, 3, 2, 3, 4}, new double[] {2, 2, 2, 3, 3, 3, 3});
        assertArrayEquals(new double[] {NaN, 0, 1, 0, -1, 0, 1}, cross);
    }

    @Test
    void crossOverStartsTheBarAfterBothSeriesHaveValues() {
        double[] cross = CrossOver.of(new double[] {NaN, 1, 3}, new double[] {NaN, 2, 2});
        assertArrayEquals(new double[] {NaN, NaN, 1}, cross);
    }
}
