package io.kairos.features;

import java.util.Arrays;

/**
 * The market return M of each date: the mean simple return R of every ticker that has a row on the
 * date and on the previous stored date (the equal-weighted universe), summed in ticker order; NaN
 * when there is none. Keeps its own record of each ticker's previous row, so the engine can know a
 * date's M before it moves any ticker's windows.
 */
final class MarketReturn {

    private static final int NO_DAY = Integer.MIN_VALUE;

    private final int[] lastDay;
    private final double[] lastCloseadj;
    private int previousDay = NO_DAY;

    MarketReturn(int tickers) {
        lastDay = new int[tickers];
        lastCloseadj = new double[tickers];
        Arrays.fill(lastDay, NO_DAY);
        Arrays.fill(lastCloseadj, Double.NaN);
    }

    /** M of {@code day}; days must come in date order. */
    double of(PriceDay day) {
        double sum = 0;
        int count = 0;
        for (int row = 0; row < day.size; row++) {
            int id = day.tickerIds[row];
            double closeadj = TickerSeries.price(day.closeadj[row]);
            double simpleReturn = TickerSeries.simpleReturn(lastCloseadj[id], closeadj);
            if (previousDay != NO_DAY && lastDay[id] == previousDay && Double.isFinite(simpleReturn)) {
                sum += simpleReturn;
                count++;
            }
            lastDay[id] = day.epochDay;
            lastCloseadj[id] = closeadj;
        }
        previousDay = day.epochDay;
        return count > 0 ? sum / count : Double.NaN;
    }
}
