package io.kairos.research.strategy;

import io.kairos.research.Bars;
import io.kairos.research.Strategy;
import io.kairos.research.indicator.CrossOver;
import io.kairos.research.indicator.Series;
import io.kairos.research.indicator.Sma;
import java.util.LinkedHashMap;
import java.util.Map;

/** Buys when SMA(fast) of the closes crosses above SMA(slow), sells when it crosses below. */
public final class SmaCross implements Strategy {

    private final int fast;
    private final int slow;
    private double[] cross;

    public SmaCross(int fast, int slow) {
        if (fast < 1 || fast >= slow) {
            throw new IllegalArgumentException("sma_cross needs 1 <= fast < slow, not fast=" + fast + " slow=" + slow);
        }
        this.fast = fast;
        this.slow = slow;
    }

    @Override
    public String name() {
        return "sma_cross";
    }

    @Override
    public Map<String, Number> parameters() {
        Map<String, Number> parameters = new LinkedHashMap<>();
        parameters.put("fast", fast);
        parameters.put("slow", slow);
        return parameters;
    }

    @Override
    public void prepare(Bars bars) {
        cross = CrossOver.of(Sma.of(bars.close(), fast), Sma.of(bars.close(), slow));
    }

    @Override
    public int firstBar() {
        return Series.firstValue(cross);
    }

    @Override
    public boolean wantsEntry(int bar) {
        return cross[bar] > 0;
    }

    @Override
    public boolean wantsExit(int bar, int barsHeld) {
        return cross[bar] < 0;
    }
}
