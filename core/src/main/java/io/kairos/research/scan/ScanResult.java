package io.kairos.research.scan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a scan found.
 *
 * @param date       the scan date: the last session of the lookback
 * @param scanned    tickers with a full lookback
 * @param passing    of those, tickers passing both screens
 * @param candidates the three lists in candidates.csv order
 */
public record ScanResult(LocalDate date, ScanSettings settings, int scanned, int passing, List<Candidate> candidates) {

    public ScanResult {
        candidates = List.copyOf(candidates);
    }

    /** The rows of one list, best first. */
    public List<Candidate> list(ScanList list) {
        return candidates.stream().filter(candidate -> candidate.list() == list).toList();
    }
}
