package io.kairos.backtest.metrics;

/**
 * Drawdowns of an equity curve: how far each close is below the highest close so far, as a positive fraction
 * (0.1 is 10% below the peak, 0 at a new high).
 */
public final class Drawdowns {

    private Drawdowns() {
    }

    /** The drawdown at every close, for the report's underwater chart. */
    public static double[] series(double[] equity) {
        double[] drawdowns = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            drawdowns[i] = 1 - equity[i] / peak;
        }
        return drawdowns;
    }

    /**
     * The deepest drawdown. Its peak is the last close at the running high before the trough; a close back at or
     * above the peak's equity is the recovery. When two troughs are equally deep, the first counts.
     */
    static Worst worst(double[] equity) {
        int peak = 0;
        Worst worst = Worst.NONE;
        for (int i = 0; i < equity.length; i++) {
            if (equity[i] >= equity[peak]) {
                peak = i;
            } else if (1 - equity[i] / equity[peak] > worst.depth()) {
                worst = new Worst(1 - equity[i] / equity[peak], peak, i, Worst.NOT_RECOVERED);
            }
        }
        if (worst == Worst.NONE) {
            return worst;
        }
        for (int i = worst.trough() + 1; i < equity.length; i++) {
            if (equity[i] >= equity[worst.peak()]) {
                return new Worst(worst.depth(), worst.peak(), worst.trough(), i);
            }
        }
        return worst;
    }

    /**
     * The deepest drawdown as indices of closes.
     *
     * @param recovery the first close at or above the peak after the trough, or {@link #NOT_RECOVERED}
     */
    record Worst(double depth, int peak, int trough, int recovery) {

        static final int NOT_RECOVERED = -1;
        static final Worst NONE = new Worst(0, NOT_RECOVERED, NOT_RECOVERED, NOT_RECOVERED);

        /** Sessions from the peak to the recovery, or to the last close when not recovered; 0 without a drawdown. */
        int sessions(int lastClose) {
            if (peak == NOT_RECOVERED) {
                return 0;
            }
            return (recovery == NOT_RECOVERED ? lastClose : recovery) - peak;
        }
    }
}
