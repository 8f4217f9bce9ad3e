package io.kairos.execution.fill;

/**
 * The day an order fills on: open, high, low, close and volume in the same (split-adjusted) units as the
 * order's quantity.
 */
public record Bar(double open, double high, double low, double close, double volume) {

    public Bar {
        if (!(open > 0 && high > 0 && low > 0 && close > 0) || !Double.isFinite(open + high + low + close)) {
            throw new IllegalArgumentException("a bar needs positive, finite prices: open " + open + ", high " + high + ", low " + low
                    + ", close " + close);
        }
        if (low > high) {
            throw new IllegalArgumentException("a bar's low " + low + " is above its high " + high);
        }
        if (!(volume >= 0) || !Double.isFinite(volume)) {
            throw new IllegalArgumentException("a bar's volume must be finite and not negative, got " + volume);
        }
    }
}
