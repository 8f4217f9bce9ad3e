package io.kairos.backtest.replay;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Every holding at every close, kept as primitive columns (a 20-year replay of 75 names has about 380,000 of them)
 * and read as a list of records made on demand. The columns grow by chunks of {@value #CHUNK} rows: nothing is
 * copied as they grow, and no array is large enough to need contiguous heap (a humongous allocation, which makes
 * G1 start a marking cycle when a large panel already fills most of the heap).
 */
final class PositionLog {

    private static final int SHIFT = 12;
    private static final int CHUNK = 1 << SHIFT;

    private final PricePanel panel;
    private final List<int[]> sessions = new ArrayList<>();
    private final List<int[]> tickers = new ArrayList<>();
    private final List<long[]> qty = new ArrayList<>();
    private final List<double[]> closes = new ArrayList<>();
    private int size;

    PositionLog(PricePanel panel) {
        this.panel = panel;
    }

    void add(int session, int ticker, long shares, double close) {
        int at = size & (CHUNK - 1);
        if (at == 0) {
            sessions.add(new int[CHUNK]);
            tickers.add(new int[CHUNK]);
            qty.add(new long[CHUNK]);
            closes.add(new double[CHUNK]);
        }
        int chunk = size >>> SHIFT;
        sessions.get(chunk)[at] = session;
        tickers.get(chunk)[at] = ticker;
        qty.get(chunk)[at] = shares;
        closes.get(chunk)[at] = close;
        size++;
    }

    /** The holdings in the order they were added: by session, then by ticker. */
    List<ClosingPosition> view() {
        return new Rows(this, size);
    }

    private static final class Rows extends AbstractList<ClosingPosition> implements RandomAccess {

        private final PositionLog log;
        private final int size;

        Rows(PositionLog log, int size) {
            this.log = log;
            this.size = size;
        }

        @Override
        public ClosingPosition get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            int chunk = index >>> SHIFT;
            int at = index & (CHUNK - 1);
            long shares = log.qty.get(chunk)[at];
            double close = log.closes.get(chunk)[at];
            return new ClosingPosition(log.panel.date(log.sessions.get(chunk)[at]), log.panel.ticker(log.tickers.get(chunk)[at]),
                    shares, close, shares * close);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
