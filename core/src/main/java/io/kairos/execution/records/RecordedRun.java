package io.kairos.execution.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One picks file executed at a venue ({@code exec_runs} and its {@code exec_targets}).
 *
 * @param equity     the account's equity the orders were sized from, before they filled
 * @param executedAt when the first {@code execute --execute} of these picks ran (a repeat keeps the first)
 */
public record RecordedRun(String fingerprint, LocalDate rebalanceDate, LocalDate dataDate, LocalDate tradeDate, String picksFile,
        BigDecimal equity, Instant executedAt, Map<String, Double> weights) {
}
