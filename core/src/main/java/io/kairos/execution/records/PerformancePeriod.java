package io.kairos.execution.records;

import java.time.LocalDate;

/**
 * One holding period of the live portfolio, from one executed rebalance to the next (or to the last session).
 *
 * @param start    the picks' data date (the closes they were decided at), or the first date of a chained total
 * @param end      the next rebalance's data date, or the last session in the store
 * @param sessions NYSE sessions from start (excluded) to end (included)
 * @param live     the account's equity at the end over its equity when these picks were executed, minus 1
 * @param picks    the picks' target weights held at the closes from start to end (cash earning nothing)
 * @param universe the equal-weighted mean return of every ticker with a close on start
 */
public record PerformancePeriod(LocalDate rebalanceDate, LocalDate start, LocalDate end, int sessions, double live, double picks,
        double universe) {

    /** What trading cost or gained against the picks as decided (fills, costs, drift, cash). */
    public double implementation() {
        return live - picks;
    }

    /** What the picks gained against the universe. */
    public double selection() {
        return picks - universe;
    }
}
