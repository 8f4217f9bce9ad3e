package io.kairos.features;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What a run of {@link FeatureBuilder} did.
 *
 * @param kind        a full build, an incremental one, or nothing to do
 * @param reason      why this kind (e.g. "no earlier build", "new prices after 2026-11-13")
 * @param firstDate   the first date written, null when nothing was
 * @param lastDate    the last date written, or the date the features already reached when up to date
 * @param rows        feature rows written
 * @param tickers     distinct tickers among the rows written
 * @param features    feature columns per row
 * @param pricesRead  price rows read (an incremental run also reads the history its windows need)
 * @param took        wall time of the whole run
 */
public record FeatureBuildSummary(Kind kind, String reason, LocalDate firstDate, LocalDate lastDate, long rows, int tickers,
        int features, long pricesRead, Duration took) {

    /** What kind of run it was. */
    public enum Kind {
        /** Every date, into a fresh feat_matrix. */
        FULL,
        /** Only the dates after the last build. */
        INCREMENTAL,
        /** No prices after the last build: nothing written. */
        UP_TO_DATE
    }
}
