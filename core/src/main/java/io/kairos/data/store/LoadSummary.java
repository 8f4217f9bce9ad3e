package io.kairos.data.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What a committed load changed.
 *
 * @param rowsInserted    price rows written (new and replacing)
 * @param rowsReplaced    of those, rows that replaced a stored row for the same ticker and date
 * @param rowsQuarantined input rows refused and kept in {@code sep_quarantine}
 * @param tickers         distinct tickers with at least one row in this load
 * @param firstDate       earliest date loaded, null when no rows
 * @param lastDate        latest date loaded, null when no rows
 * @param quarantineExamples the first few refused rows, to show the operator
 */
public record LoadSummary(String loadId, String source, long rowsInserted, long rowsReplaced, long rowsQuarantined,
        long tickers, LocalDate firstDate, LocalDate lastDate, Duration took, List<QuarantinedRow> quarantineExamples) {

    public LoadSummary {
        quarantineExamples = List.copyOf(quarantineExamples);
    }
}
