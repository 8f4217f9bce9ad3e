package io.kairos.research.strategy;

import io.kairos.research.Bars;
import io.kairos.research.Strategy;
import io.kairos.research.indicator.Atr;
import io.kairos.research.indicator.Series;
import io.kairos.research.indicator.Sma;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Volatility breakout: buys when the close rises above the previous close by more than {@code k} times the previous
 * bar's ATR(period) (Wilder's), {@code close[t] > close[t-1] + k * ATR[t-1]}; sells when the close falls below
 * SMA(period) of the closes.
 */
public final class VolatilityBreakout implements Strategy {

    private final int period;
    private final double k;
    private double[] close;
    private double[] trigger;
    private double[] average;

    public VolatilityBreakout(int period, double k) {
        if (period < 1 || !(k >= 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("vol_breakout needs period >= 1 and k >= 0, not period=" + period + " k=" + k);
        }
        this.period = period;
        this.k = k;
    }

    @Override
    public String name() {
        return "vol_breakout";
    }

    @Override
    public Map<String, Number> parameters() {
        Map<String, Number> parameters = new LinkedHashMap<>();
        parameters.put("period", period);
        parameters.put("k", k);
        return parameters;
    }

    @Override
    public void prepare(Bars bars) {
        close = bars.close();
        double[] atr = Atr.of(bars.high(), bars.low(), close, period);
        trigger = new double[close.length];
        Arrays.fill(trigger, Double.NaN);
        for (int t = 1; t < close.length; t++) {
            trigger[t] = close[t - 1] + k * atr[t - 1];
        }
        average = Sma.of(close, period);
    }

    @Override
    public int firstBar() {
        return Math.max(Series.firstValue(trigger), Series.firstValue(average));
    }

    @Override
    public boolean wantsEntry(int bar) {
        return close[bar] > trigger[bar];
    }

    @Override
    public boolean wantsExit(int bar, int barsHeld) {
        return close[bar] < average[bar];
    }
}
