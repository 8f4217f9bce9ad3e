package io.kairos.backtest.replay;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Every holding at every close, kept as primitive columns (a 20-year replay of 75 names has about 380,000 of
 * them) and read as a list of records made on demand.
 */
final class PositionLog {

    private final PricePanel panel;
    private int[] sessions = new int[1024];
    private int[] tickers = new int[1024];
    private long[] qty = new long[1024];
    private double[] closes = new double[1024];
    private int size;

    PositionLog(PricePanel panel) {
        this.panel = panel;
    }

    void add(int session, int ticker, long shares, double close) {
        if (size == sessions.length) {
            int capacity = size * 2;
            sessions = Arrays.copyOf(sessions, capacity);
            tickers = Arrays.copyOf(tickers, capacity);
            qty = Arrays.copyOf(qty, capacity);
            closes = Arrays.copyOf(closes, capacity);
        }
        sessions[size] = session;
        tickers[size] = ticker;
        qty[size] = shares;
        closes[size] = close;
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
            long shares = log.qty[index];
            double close = log.closes[index];
            return new ClosingPosition(log.panel.date(log.sessions[index]), log.panel.ticker(log.tickers[index]), shares, close,
                    shares * close);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
