package io.kairos.data.synthetic;

/**
 * One ticker's rows as Sharadar publishes them, adjusted as of its last row: open, high, low, close
 * divided and volume multiplied by the product of the split ratios after the row; closeadj the
 * split-adjusted close times the product of (1 - dividend / prior close) over the ex-dates after the
 * row; closeunadj the close as traded; lastupdated the session of the last corporate action that
 * changed the row's adjusted values, or the row's own session.
 */
final class SharadarBars {

    private final int firstSession;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final double[] closeAdj;
    private final double[] closeUnadj;
    private final int[] lastUpdatedSession;

    private SharadarBars(int rows, int firstSession) {
        this.firstSession = firstSession;
        this.open = new double[rows];
        this.high = new double[rows];
        this.low = new double[rows];
        this.close = new double[rows];
        this.volume = new double[rows];
        this.closeAdj = new double[rows];
        this.closeUnadj = new double[rows];
        this.lastUpdatedSession = new int[rows];
    }

    /** Adjusts traded bars walking back from the last row, accumulating the factors of later actions. */
    static SharadarBars from(TradedBars traded) {
        int rows = traded.rows();
        int first = traded.firstSession();
        SharadarBars bars = new SharadarBars(rows, first);
        double splitFactor = 1;
        double dividendFactor = 1;
        int lastActionRow = -1;
        for (int row = rows - 1; row >= 0; row--) {
            bars.open[row] = traded.open(row) / splitFactor;
            bars.high[row] = traded.high(row) / splitFactor;
            bars.low[row] = traded.low(row) / splitFactor;
            bars.close[row] = traded.close(row) / splitFactor;
            bars.volume[row] = traded.volume(row) * splitFactor;
            bars.closeAdj[row] = bars.close[row] * dividendFactor;
            bars.closeUnadj[row] = traded.close(row);
            bars.lastUpdatedSession[row] = first + Math.max(row, lastActionRow);
            if (traded.hasCorporateAction(row)) {
                lastActionRow = Math.max(lastActionRow, row);
                double ratio = traded.splitRatio(row);
                // the dividend is in post-split dollars, so the prior close is put in the same units
                dividendFactor *= 1 - traded.dividend(row) / (traded.close(row - 1) / ratio);
                splitFactor *= ratio;
            }
        }
        return bars;
    }

    int firstSession() {
        return firstSession;
    }

    int rows() {
        return close.length;
    }

    double open(int row) {
        return open[row];
    }

    double high(int row) {
        return high[row];
    }

    double low(int row) {
        return low[row];
    }

    double close(int row) {
        return close[row];
    }

    double volume(int row) {
        return volume[row];
    }

    double closeAdj(int row) {
        return closeAdj[row];
    }

    double closeUnadj(int row) {
        return closeUnadj[row];
    }

    int lastUpdatedSession(int row) {
        return lastUpdatedSession[row];
    }
}
