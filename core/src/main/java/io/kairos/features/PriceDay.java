package io.kairos.features;

/** The {@code sep_base} rows of one date, ordered by ticker id (so by ticker name). */
final class PriceDay {

    final int epochDay;
    final int size;
    final int[] tickerIds;
    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;
    final double[] closeadj;

    PriceDay(int epochDay, int size) {
        this.epochDay = epochDay;
        this.size = size;
        tickerIds = new int[size];
        open = new double[size];
        high = new double[size];
        low = new double[size];
        close = new double[size];
        volume = new double[size];
        closeadj = new double[size];
    }
}
