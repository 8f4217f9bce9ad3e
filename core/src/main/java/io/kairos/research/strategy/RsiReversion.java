package io.kairos.research.strategy;

import io.kairos.research.Bars;
import io.kairos.research.Strategy;
import io.kairos.research.indicator.Series;
import io.kairos.research.indicator.WilderRsi;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mean reversion on Wilder's RSI of the closes: buys when RSI(period) is below {@code low}, sells when above {@code high}. */
public final class RsiReversion implements Strategy {

    private final int period;
    private final double low;
    private final double high;
    private double[] rsi;

    public RsiReversion(int period, double low, double high) {
        if (period < 1 || !(0 <= low && low < high && high <= 100)) {
            throw new IllegalArgumentException("rsi needs period >= 1 and 0 <= low < high <= 100, not period=" + period + " low="
                    + low + " high=" + high);
        }
        this.period = period;
        this.low = low;
        this.high = high;
    }

    @Override
    public String name() {
        return "rsi";
    }

    @Override
    public Map<String, Number> parameters() {
        Map<String, Number> parameters = new LinkedHashMap<>();
        parameters.put("period", period);
        parameters.put("low", low);
        parameters.put("high", high);
        return parameters;
    }

    @Override
    public void prepare(Bars bars) {
        rsi = WilderRsi.of(bars.close(), period);
    }

    @Override
    public int firstBar() {
        return Series.firstValue(rsi);
    }

    @Override
    public boolean wantsEntry(int bar) {
        return rsi[bar] < low;
    }

    @Override
    public boolean wantsExit(int bar, int barsHeld) {
        return rsi[bar] > high;
    }
}
