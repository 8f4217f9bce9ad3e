package io.kairos.features;

/**
 * Realised volatility of log returns over several windows and its blend, downside volatility,
 * range-based estimators (Parkinson, Garman-Klass) and skewness.
 */
final class VolatilityFeatures {

    static final double ANNUAL = 252;
    private static final double LN2 = Math.log(2);
    private static final double GK_BODY = 2 * LN2 - 1;
    private static final int[] RETURN_WINDOWS = {20, 60, 120, 252};
    private static final Feature[] VOLS = {Feature.VOL_20, Feature.VOL_60, Feature.VOL_120, Feature.VOL_252};
    private static final int SHORT = 20;
    private static final int LONG = 60;
    /** The position of the 60-row window in {@link #RETURN_WINDOWS}. */
    private static final int SIXTY = 1;

    private final Ring squares = new Ring(TickerSeries.LOOKBACK);
    private final Ring cubes = new Ring(LONG);
    private final Ring downsideSquares = new Ring(LONG);
    private final Ring rangeSquares = new Ring(SHORT);
    private final Ring garmanKlassTerms = new Ring(SHORT);
    private final WindowSum[] returnSums = new WindowSum[RETURN_WINDOWS.length];
    private final WindowSum[] squareSums = new WindowSum[RETURN_WINDOWS.length];
    private final WindowSum cubes60 = WindowSum.plain(cubes, LONG);
    private final WindowSum downside60 = WindowSum.plain(downsideSquares, LONG);
    private final WindowSum range20 = WindowSum.plain(rangeSquares, SHORT);
    private final WindowSum garmanKlass20 = WindowSum.plain(garmanKlassTerms, SHORT);
    private final WindowSum[] others = {cubes60, downside60, range20, garmanKlass20};

    VolatilityFeatures(TickerSeries series) {
        for (int i = 0; i < RETURN_WINDOWS.length; i++) {
            returnSums[i] = WindowSum.plain(series.logReturn, RETURN_WINDOWS[i]);
            squareSums[i] = WindowSum.plain(squares, RETURN_WINDOWS[i]);
        }
    }

    /** Moves the windows on to the row just pushed onto {@code series}. */
    void update(TickerSeries series) {
        double r = series.logReturn.get(0);
        double down = Math.min(r, 0);
        double range = series.logRange;
        double body = series.logBody;
        squares.push(r * r);
        cubes.push(r * r * r);
        downsideSquares.push(down * down);
        rangeSquares.push(range * range);
        garmanKlassTerms.push(0.5 * range * range - GK_BODY * body * body);
        long position = series.position;
        for (int i = 0; i < RETURN_WINDOWS.length; i++) {
            returnSums[i].update(position);
            squareSums[i].update(position);
        }
        for (WindowSum sum : others) {
            sum.update(position);
        }
    }

    /** Writes the features of the current row into row {@code row} of {@code out}. */
    void write(TickerSeries series, Columns out, int row) {
        for (int i = 0; i < RETURN_WINDOWS.length; i++) {
            out.set(VOLS[i], row, annualised(sampleVariance(returnSums[i].sum(), squareSums[i].sum(), RETURN_WINDOWS[i])));
        }
        double vol20 = out.of(Feature.VOL_20)[row];
        double vol252 = out.of(Feature.VOL_252)[row];
        out.set(Feature.VOL_BLEND, row, 0.5 * vol20 + 0.5 * vol252);
        out.set(Feature.VOL_RATIO_20_252, row, vol20 / vol252);
        out.set(Feature.DOWNSIDE_VOL_60, row, annualised(downside60.mean()));
        out.set(Feature.PARKINSON_20, row, annualised(range20.mean() / (4 * LN2)));
        out.set(Feature.GARMAN_KLASS_20, row, annualised(garmanKlass20.mean()));
        out.set(Feature.SKEW_60, row, skewness(returnSums[SIXTY].sum(), squareSums[SIXTY].sum(), cubes60.sum(), LONG));
    }

    /** The sample variance from a window's sum and sum of squares. */
    static double sampleVariance(double sum, double sumOfSquares, int n) {
        return (sumOfSquares - sum * sum / n) / (n - 1);
    }

    /**
     * The annualised volatility of a daily variance, floored at zero: rounding can leave a window sum
     * of non-negative terms a hair below zero (and a Garman-Klass mean can be negative on odd data).
     */
    static double annualised(double dailyVariance) {
        return Math.sqrt(Math.max(0, dailyVariance) * ANNUAL);
    }

    private static double skewness(double sum, double sumOfSquares, double sumOfCubes, int n) {
        double mean = sum / n;
        double m2 = sumOfSquares / n - mean * mean;
        double m3 = sumOfCubes / n - 3 * mean * sumOfSquares / n + 2 * mean * mean * mean;
        return m2 > 0 ? m3 / Math.pow(m2, 1.5) : Double.NaN;
    }
}
