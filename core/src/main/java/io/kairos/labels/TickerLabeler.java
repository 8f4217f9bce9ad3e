package io.kairos.labels;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.ColumnBatch;

/**
 * Labels every entry of one ticker that {@link HorizonWalk} finds an exit for: forward and excess
 * return, the binary label and the triple-barrier outcome. Counts the entries it leaves without one.
 */
final class TickerLabeler {

    private final HorizonWalk walk;
    private final CrossSectionMedians medians;
    private final TrailingVolatility volatility;
    private final TripleBarrier barrier;
    private long endOfData;
    private long afterTickerEnd;

    TickerLabeler(HorizonWalk walk, CrossSectionMedians medians, KairosConfig.Labels settings) {
        this.walk = walk;
        this.medians = medians;
        this.volatility = new TrailingVolatility(settings.volWindow());
        this.barrier = new TripleBarrier(settings.tbUpper(), settings.tbLower());
    }

    void label(PriceSeries series, LabelRows out) {
        double[] sigmas = volatility.of(series);
        walk.walk(series, new HorizonWalk.Visitor() {
            @Override
            public void labelled(int entry, int exitRow, int exitDay, boolean delisted) {
                double fwdRet = HorizonWalk.forwardReturn(series, entry, exitRow);
                int tbLabel = ColumnBatch.NULL_INT;
                int tbHitDay = ColumnBatch.NULL_INT;
                if (!Double.isNaN(sigmas[entry])) {
                    tbLabel = barrier.test(series, entry, exitRow, sigmas[entry]);
                    tbHitDay = tbLabel == TripleBarrier.VERTICAL ? exitDay : series.day(barrier.hitRow());
                }
                int day = series.day(entry);
                double excessRet = fwdRet - medians.on(day);
                out.add(series.ticker(), day, exitDay, fwdRet, excessRet, excessRet > 0 ? 1 : 0, tbLabel, tbHitDay, delisted);
            }

            @Override
            public void unlabelled(int exitDay) {
                if (exitDay == ExitSessions.BEYOND_DATA) {
                    endOfData++;
                } else {
                    afterTickerEnd++;
                }
            }
        });
    }

    /** Entries left without a label because their exit session is after the store's last date. */
    long endOfData() {
        return endOfData;
    }

    /** Entries left without a label because their ticker, not marked delisted, has no price on or after the exit. */
    long afterTickerEnd() {
        return afterTickerEnd;
    }
}
