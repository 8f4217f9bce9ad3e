package io.kairos.research.scan;

/** One row of candidates.csv: a ticker's place (from 1) on one list. */
public record Candidate(int rank, ScanList list, TickerMetrics metrics) {
}
