package io.kairos.backtest.replay;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * One rebalance's weights by the panel's ticker index, ascending (which is name order); names weighted 0 are left
 * out, as a name not held and not wanted needs no order and a name held and not wanted is sold in full.
 */
record Targets(int[] tickers, double[] weights) {

    /** @param weights by ticker name; every name must be the panel's */
    static Targets of(PricePanel panel, LocalDate date, Map<String, Double> weights) {
        int[] tickers = new int[weights.size()];
        double[] values = new double[weights.size()];
        int count = 0;
        // the map iterates in name order (TargetSchedule keeps it sorted), so the indices come ascending
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            int t = panel.tickerIndex(weight.getKey());
            if (t == PricePanel.NONE) {
                throw new IllegalArgumentException("the rebalance of " + date + " weighs " + weight.getKey()
                        + ", which the panel does not have");
            }
            if (weight.getValue() > 0) {
                tickers[count] = t;
                values[count] = weight.getValue();
                count++;
            }
        }
        return new Targets(Arrays.copyOf(tickers, count), Arrays.copyOf(values, count));
    }
}
