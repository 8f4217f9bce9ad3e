package io.kairos.labels;

import java.time.LocalDate;

/**
 * What the {@code labels} table holds after a run.
 *
 * @param rows      label rows
 * @param firstDate the first entry date, null when there are no rows
 * @param lastDate  the last entry date, null when there are no rows
 * @param positive  rows with {@code label = 1}
 * @param delisted  rows with {@code delisted = 1}
 */
public record LabelCounts(long rows, long tickers, long dates, LocalDate firstDate, LocalDate lastDate, long positive,
        Barriers barriers, long delisted) {

    /**
     * Triple-barrier outcomes.
     *
     * @param withoutVolatility rows whose triple-barrier columns are NULL (too little history, or flat prices)
     */
    public record Barriers(long upper, long lower, long vertical, long withoutVolatility) {
    }

    /** The share of rows with {@code label = 1}, 0 when there are none. */
    public double positiveShare() {
        return share(positive);
    }

    /** {@code count} as a share of all rows, 0 when there are none. */
    public double share(long count) {
        return rows == 0 ? 0 : (double) count / rows;
    }
}
