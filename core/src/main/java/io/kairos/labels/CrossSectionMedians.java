package io.kairos.labels;

import java.util.Arrays;

/**
 * The median forward return of each entry date over every ticker labelled on it: the middle value,
 * or the mean of the two middle values of an even count. Found by sorting each date's returns, so
 * it depends on the values alone, never on the order they came in.
 */
final class CrossSectionMedians {

    private final int firstDay;
    private final double[] medians;

    private CrossSectionMedians(int firstDay, double[] medians) {
        this.firstDay = firstDay;
        this.medians = medians;
    }

    /** Walks every ticker twice: once to count each date's labels, once to place their returns. */
    static CrossSectionMedians of(StoredPrices prices, HorizonWalk walk) {
        int firstDay = prices.firstDay();
        int[] starts = new int[prices.lastDay() - firstDay + 2];
        forEachLabel(prices, walk, (day, fwdRet) -> starts[day - firstDay + 1]++);
        for (int slot = 1; slot < starts.length; slot++) {
            starts[slot] += starts[slot - 1];
        }
        double[] byDate = new double[starts[starts.length - 1]];
        int[] filled = Arrays.copyOf(starts, starts.length - 1);
        forEachLabel(prices, walk, (day, fwdRet) -> byDate[filled[day - firstDay]++] = fwdRet);
        double[] medians = new double[starts.length - 1];
        for (int slot = 0; slot < medians.length; slot++) {
            medians[slot] = median(byDate, starts[slot], starts[slot + 1]);
        }
        return new CrossSectionMedians(firstDay, medians);
    }

    /** The median on epoch day {@code day}, NaN when no ticker is labelled on it. */
    double on(int day) {
        return medians[day - firstDay];
    }

    private interface LabelAction {
        void accept(int day, double fwdRet);
    }

    private static void forEachLabel(StoredPrices prices, HorizonWalk walk, LabelAction action) {
        for (int ticker = 0; ticker < prices.tickers(); ticker++) {
            PriceSeries series = prices.series(ticker);
            walk.walk(series, (entry, exitRow, exitDay, delisted) ->
                    action.accept(series.day(entry), HorizonWalk.forwardReturn(series, entry, exitRow)));
        }
    }

    private static double median(double[] values, int from, int to) {
        int count = to - from;
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(values, from, to);
        int middle = from + count / 2;
        return count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
