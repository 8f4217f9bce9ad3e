package io.kairos.labels;

import java.util.Arrays;

/**
 * A ticker's daily volatility as known at each close: the sample standard deviation (n - 1) of the
 * last {@code window} log returns of {@code closeadj} between consecutive rows. NaN while fewer
 * than {@code window} returns exist, and when the prices were flat (a zero volatility would put
 * both barriers on the entry price).
 */
final class TrailingVolatility {

    private final int window;
    private double[] logReturns = new double[0];
    private double[] sigmas = new double[0];

    TrailingVolatility(int window) {
        this.window = window;
    }

    /** The volatility at every row of {@code series}; valid until the next call. */
    double[] of(PriceSeries series) {
        int rows = series.size();
        if (sigmas.length < rows) {
            logReturns = new double[rows];
            sigmas = new double[rows];
        }
        for (int row = 1; row < rows; row++) {
            logReturns[row] = Math.log(series.close(row) / series.close(row - 1));
        }
        Arrays.fill(sigmas, 0, Math.min(window, rows), Double.NaN);
        for (int row = window; row < rows; row++) {
            sigmas[row] = deviation(row - window + 1, row);
        }
        return sigmas;
    }

    /** Two passes over the window rather than running sums: exact to the last bit, whatever came before. */
    private double deviation(int first, int last) {
        double sum = 0;
        for (int row = first; row <= last; row++) {
            sum += logReturns[row];
        }
        double mean = sum / window;
        double squares = 0;
        for (int row = first; row <= last; row++) {
            double deviation = logReturns[row] - mean;
            squares += deviation * deviation;
        }
        double sigma = Math.sqrt(squares / (window - 1));
        return sigma > 0 ? sigma : Double.NaN;
    }
}
