package io.kairos.data.store;

import java.util.List;

/**
 * A block of rows held in columns, for producers to fill fast: write straight into the arrays of
 * {@link #ints(int)}, {@link #doubles(int)} or {@link #strings(int)}, rows {@code 0..size-1}, then
 * set {@link #size}. INTEGER and DATE columns share the int arrays (a DATE is an epoch day).
 */
public final class ColumnBatch {

    /** The int that stands for null in INTEGER and DATE columns. */
    public static final int NULL_INT = Integer.MIN_VALUE;

    private final List<Column> columns;
    private final int capacity;
    private final int[][] ints;
    private final double[][] doubles;
    private final String[][] strings;
    /** Rows filled. */
    public int size;

    ColumnBatch(List<Column> columns, int capacity) {
        this.columns = columns;
        this.capacity = capacity;
        ints = new int[columns.size()][];
        doubles = new double[columns.size()][];
        strings = new String[columns.size()][];
        for (int i = 0; i < columns.size(); i++) {
            switch (columns.get(i).type()) {
                case INTEGER, DATE -> ints[i] = new int[capacity];
                case DOUBLE -> doubles[i] = new double[capacity];
                case VARCHAR -> strings[i] = new String[capacity];
            }
        }
    }

    public int capacity() {
        return capacity;
    }

    public boolean isFull() {
        return size == capacity;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The values of INTEGER or DATE column {@code column}. */
    public int[] ints(int column) {
        return require(ints[column], column);
    }

    /** The values of DOUBLE column {@code column}. */
    public double[] doubles(int column) {
        return require(doubles[column], column);
    }

    /** The values of VARCHAR column {@code column}. */
    public String[] strings(int column) {
        return require(strings[column], column);
    }

    private <T> T require(T values, int column) {
        if (values == null) {
            throw new IllegalArgumentException("column " + columns.get(column).name() + " is " + columns.get(column).type());
        }
        return values;
    }
}
