package io.kairos.features;

/**
 * Moving-average ratios, MACD (with exponential averages truncated to four spans), RSI, Bollinger
 * bands, average true range and the stochastic oscillator.
 */
final class TrendFeatures {

    private static final int BAND = 20;
    private static final int OSCILLATOR = 14;
    private static final int SIGNAL_SPAN = 9;
    /**
     * Moves and band widths below this fraction of the price count as none: a running sum over a
     * window of zeros can keep a rounding residue of that order.
     */
    private static final double FLAT = 1e-9;

    private final Ring priceSquares = new Ring(BAND);
    private final Ring gains = new Ring(OSCILLATOR);
    private final Ring losses = new Ring(OSCILLATOR);
    private final Ring trueRanges = new Ring(OSCILLATOR);
    private final Ring macd = new Ring(4 * SIGNAL_SPAN);
    private final WindowSum price20;
    private final WindowSum price50;
    private final WindowSum price200;
    private final WindowSum fast;
    private final WindowSum slow;
    private final WindowSum priceSquares20 = WindowSum.plain(priceSquares, BAND);
    private final WindowSum gains14 = WindowSum.plain(gains, OSCILLATOR);
    private final WindowSum losses14 = WindowSum.plain(losses, OSCILLATOR);
    private final WindowSum trueRange14 = WindowSum.plain(trueRanges, OSCILLATOR);
    private final WindowSum signal = WindowSum.exponential(macd, SIGNAL_SPAN, 4 * SIGNAL_SPAN);
    /** Every window but the signal line, which needs the row's MACD first. */
    private final WindowSum[] windows;
    private final RollingExtreme high14;
    private final RollingExtreme low14;

    TrendFeatures(TickerSeries series) {
        price20 = WindowSum.plain(series.closeadj, BAND);
        price50 = WindowSum.plain(series.closeadj, 50);
        price200 = WindowSum.plain(series.closeadj, 200);
        fast = WindowSum.exponential(series.closeadj, 12, 48);
        slow = WindowSum.exponential(series.closeadj, 26, 104);
        windows = new WindowSum[] {price20, price50, price200, fast, slow, priceSquares20, gains14, losses14, trueRange14};
        high14 = RollingExtreme.max(series.high, OSCILLATOR);
        low14 = RollingExtreme.min(series.low, OSCILLATOR);
    }

    /** Moves the windows on to the row just pushed onto {@code series}. */
    void update(TickerSeries series) {
        Ring price = series.closeadj;
        double now = price.get(0);
        double change = now - price.get(1);
        double previousClose = series.close.get(1);
        priceSquares.push(now * now);
        gains.push(Math.max(change, 0));
        losses.push(Math.max(-change, 0));
        trueRanges.push(Math.max(series.high.get(0), previousClose) - Math.min(series.low.get(0), previousClose));
        long position = series.position;
        for (WindowSum sum : windows) {
            sum.update(position);
        }
        high14.update();
        low14.update();
        macd.push((fast.sum() - slow.sum()) / now);
        signal.update(position);
    }

    /** Writes the features of the current row into row {@code row} of {@code out}. */
    void write(TickerSeries series, Columns out, int row) {
        double now = series.closeadj.get(0);
        double mean20 = price20.mean();
        double mean50 = price50.mean();
        double mean200 = price200.mean();
        out.set(Feature.MA_RATIO_20, row, now / mean20 - 1);
        out.set(Feature.MA_RATIO_200, row, now / mean200 - 1);
        out.set(Feature.MA_CROSS_50_200, row, mean50 / mean200 - 1);
        out.set(Feature.MACD, row, macd.get(0));
        out.set(Feature.MACD_SIGNAL, row, signal.sum());

        double up = Math.max(0, gains14.sum());
        double moves = up + Math.max(0, losses14.sum());
        out.set(Feature.RSI_14, row, Double.isNaN(moves) ? Double.NaN : moves > FLAT * now ? 100 * up / moves : 50);

        double sd = Math.sqrt(Math.max(0, priceSquares20.mean() - mean20 * mean20));
        if (sd <= FLAT * mean20) {
            sd = 0; // a flat band: %b is undefined (NULL), the width is 0
        }
        out.set(Feature.BB_PCTB_20, row, (now - (mean20 - 2 * sd)) / (4 * sd));
        out.set(Feature.BB_WIDTH_20, row, 4 * sd / mean20);

        double close = series.close.get(0);
        out.set(Feature.ATR_PCT_14, row, trueRange14.mean() / close);
        double lowest = low14.value();
        out.set(Feature.STOCH_K_14, row, (close - lowest) / (high14.value() - lowest));
    }
}
