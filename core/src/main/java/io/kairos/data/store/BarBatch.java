package io.kairos.data.store;

/** A block of staged daily bars in columns, filled by the loading thread and appended by the writer thread. */
final class BarBatch {

    static final int CAPACITY = 16_384;

    final int[] tickerIds = new int[CAPACITY];
    final int[] epochDays = new int[CAPACITY];
    final double[] open = new double[CAPACITY];
    final double[] high = new double[CAPACITY];
    final double[] low = new double[CAPACITY];
    final double[] close = new double[CAPACITY];
    final double[] volume = new double[CAPACITY];
    final double[] closeAdj = new double[CAPACITY];
    final double[] closeUnadj = new double[CAPACITY];
    final int[] lastUpdated = new int[CAPACITY];
    int size;

    boolean isFull() {
        return size == CAPACITY;
    }
}
