package io.kairos.research.strategy;

import io.kairos.research.Bars;
import io.kairos.research.Strategy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time-series momentum: buys when the close is above the close {@code lookback} bars before, sells after {@code hold}
 * bars held (decided on the close of the bar {@code hold} bars after the entry fill, as Backtrader's
 * {@code len(self) >= bar_executed + hold}).
 */
public final class Momentum implements Strategy {

    private final int lookback;
    private final int hold;
    private double[] close;

    public Momentum(int lookback, int hold) {
        if (lookback < 1 || hold < 1) {
            throw new IllegalArgumentException("momentum needs lookback >= 1 and hold >= 1, not lookback=" + lookback + " hold="
                    + hold);
        }
        this.lookback = lookback;
        this.hold = hold;
    }

    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public Map<String, Number> parameters() {
        Map<String, Number> parameters = new LinkedHashMap<>();
        parameters.put("lookback", lookback);
        parameters.put("hold", hold);
        return parameters;
    }

    @Override
    public void prepare(Bars bars) {
        close = bars.close();
    }

    @Override
    public int firstBar() {
        return Math.min(lookback, close.length);
    }

    @Override
    public boolean wantsEntry(int bar) {
        return close[bar] > close[bar - lookback];
    }

    @Override
    public boolean wantsExit(int bar, int barsHeld) {
        return barsHeld >= hold;
    }
}
