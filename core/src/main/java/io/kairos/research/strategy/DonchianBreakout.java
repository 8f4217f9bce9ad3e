package io.kairos.research.strategy;

import io.kairos.research.Bars;
import io.kairos.research.Strategy;
import io.kairos.research.indicator.Donchian;
import io.kairos.research.indicator.Series;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turtle-style breakout: buys when the close is above the highest high of the {@code entry} bars before it, sells
 * when the close is below the lowest low of the {@code exit} bars before it.
 */
public final class DonchianBreakout implements Strategy {

    private final int entry;
    private final int exit;
    private double[] close;
    private double[] upper;
    private double[] lower;

    public DonchianBreakout(int entry, int exit) {
        if (entry < 1 || exit < 1) {
            throw new IllegalArgumentException("donchian needs entry >= 1 and exit >= 1, not entry=" + entry + " exit=" + exit);
        }
        this.entry = entry;
        this.exit = exit;
    }

    @Override
    public String name() {
        return "donchian";
    }

    @Override
    public Map<String, Number> parameters() {
        Map<String, Number> parameters = new LinkedHashMap<>();
        parameters.put("entry", entry);
        parameters.put("exit", exit);
        return parameters;
    }

    @Override
    public void prepare(Bars bars) {
        close = bars.close();
        upper = Donchian.upper(bars.high(), entry);
        lower = Donchian.lower(bars.low(), exit);
    }

    @Override
    public int firstBar() {
        return Math.max(Series.firstValue(upper), Series.firstValue(lower));
    }

    @Override
    public boolean wantsEntry(int bar) {
        return close[bar] > upper[bar];
    }

    @Override
    public boolean wantsExit(int bar, int barsHeld) {
        return close[bar] < lower[bar];
    }
}
