package io.kairos.research.strategy;

import io.kairos.research.Bars;
import io.kairos.research.Strategy;
import io.kairos.research.indicator.CrossOver;
import io.kairos.research.indicator.Macd;
import io.kairos.research.indicator.Series;
import java.util.LinkedHashMap;
import java.util.Map;

/** Buys when the MACD line crosses above its signal line, sells when it crosses below. */
public final class MacdCross implements Strategy {

    private final int fast;
    private final int slow;
    private final int signal;
    private double[] cross;

    public MacdCross(int fast, int slow, int signal) {
        if (fast < 1 || fast >= slow || signal < 1) {
            throw new IllegalArgumentException("macd needs 1 <= fast < slow and signal >= 1, not fast=" + fast + " slow=" + slow
                    + " signal=" + signal);
        }
        this.fast = fast;
        this.slow = slow;
        this.signal = signal;
    }

    @Override
    public String name() {
        return "macd";
    }

    @Override
    public Map<String, Number> parameters() {
        Map<String, Number> parameters = new LinkedHashMap<>();
        parameters.put("fast", fast);
        parameters.put("slow", slow);
        parameters.put("signal", signal);
        return parameters;
    }

    @Override
    public void prepare(Bars bars) {
        Macd macd = Macd.of(bars.close(), fast, slow, signal);
        cross = CrossOver.of(macd.macd(), macd.signal());
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
