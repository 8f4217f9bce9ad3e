package io.kairos.calendar;

import java.time.LocalDate;

/**
 * Whether the strategy rebalances on date, why in operator words, and the next rebalance date strictly
 * after date (for a day that is not a rebalance day, that is the one the schedule is waiting for).
 */
public record RebalanceDecision(LocalDate date, boolean rebalance, String reason, LocalDate nextRebalance) {
}
