package io.kairos.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.util.BigDenseMatrix;

/**
 * Feature rows at sample dates, in (date, ticker) order, NaN where a feature is missing. The values
 * live off the Java heap (2.5 million samples of 55 features are 550 MB), in the dense layout XGBoost
 * reads without a copy; {@link #close()} frees them.
 */
final class Samples implements AutoCloseable {

    private final List<LocalDate> dates;
    /** The rows of {@code dates.get(d)} are {@code dateStarts[d]} to {@code dateStarts[d + 1] - 1}. */
    private final int[] dateStarts;
    private final String[] tickers;
    private final int featureCount;
    private final BigDenseMatrix features;
    private boolean featuresFreed;

    /** Room for {@code rowsPerDate[d]} rows on each of {@code dates} (ascending), to be filled row by row. */
    Samples(List<LocalDate> dates, int[] rowsPerDate, int featureCount) {
        this.dates = List.copyOf(dates);
        this.dateStarts = new int[dates.size() + 1];
        for (int d = 0; d < dates.size(); d++) {
            dateStarts[d + 1] = Math.addExact(dateStarts[d], rowsPerDate[d]);
        }
        this.tickers = new String[dateStarts[dates.size()]];
        this.featureCount = featureCount;
        this.features = new BigDenseMatrix(tickers.length, featureCount);
    }

    int rows() {
        return tickers.length;
    }

    int featureCount() {
        return featureCount;
    }

    List<LocalDate> dates() {
        return dates;
    }

    /** The first row of date {@code d}. */
    int dateStart(int d) {
        return dateStarts[d];
    }

    /** One past the last row of date {@code d}. */
    int dateEnd(int d) {
        return dateStarts[d + 1];
    }

    /** The index of {@code date} in {@link #dates()}; the date must be there. */
    int dateIndex(LocalDate date) {
        int index = Collections.binarySearch(dates, date);
        if (index < 0) {
            throw new IllegalArgumentException(date + " is not a sample date");
        }
        return index;
    }

    String ticker(int row) {
        return tickers[row];
    }

    void setTicker(int row, String ticker) {
        tickers[row] = ticker;
    }

    // Off-heap access is unchecked, so every index is checked here.
    float feature(int row, int column) {
        return features.get(offset(row, column));
    }

    void setFeature(int row, int column, float value) {
        features.set(offset(row, column), value);
    }

    /** The whole matrix, for XGBoost to read in place. */
    BigDenseMatrix matrix() {
        requireOpen();
        return features;
    }

    private long offset(int row, int column) {
        requireOpen();
        Objects.checkIndex(row, tickers.length);
        Objects.checkIndex(column, featureCount);
        return (long) row * featureCount + column;
    }

    private void requireOpen() {
        if (featuresFreed) {
            throw new IllegalStateException("the features of the samples were freed");
        }
    }

    /** Frees the feature values, keeping tickers and dates; for when XGBoost holds its own copy. */
    void freeFeatures() {
        if (!featuresFreed) {
            featuresFreed = true;
            features.dispose();
        }
    }

    @Override
    public void close() {
        freeFeatures();
    }
}
