package io.kairos.research.scan;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** kairos scan: liquidity and movement screens over the store, with top movers and volume leaders (docs/STRATEGY_LAB.md). */
public final class Scan {

    private Scan() {
    }

    /** Scans the store as of {@code date}, or as of its latest date when empty. */
    public static ScanResult run(PriceStore store, Optional<LocalDate> date, ScanSettings settings) {
        LocalDate asOf = date.or(store::latestPriceDate).orElseThrow(() -> KairosException.failure("The store " + store.file()
                + " holds no prices to scan: load some first (kairos download --source ...)."));
        List<TickerMetrics> metrics = ScanQuery.run(store, asOf, settings);
        int passing = (int) metrics.stream().filter(TickerMetrics::passes).count();
        return new ScanResult(asOf, settings, metrics.size(), passing, ScanRanking.rank(metrics, settings.top()));
    }
}
