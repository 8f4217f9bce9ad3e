package io.kairos.research.scan;

/**
 * What kairos scan screens for (scan.* in config/kairos.yaml, docs/STRATEGY_LAB.md).
 *
 * @param lookback  sessions behind every figure; a ticker needs prices on all of them and on the session before
 * @param minAdv    dollars: the liquidity screen passes an average of close * volume at least this
 * @param minAtrPct percent: the movement screen passes an average true range at least this share of the last close
 * @param top       rows kept per list
 */
public record ScanSettings(int lookback, double minAdv, double minAtrPct, int top) {

    public static final ScanSettings DEFAULTS = new ScanSettings(20, 1_000_000, 0.5, 50);

    public ScanSettings {
        if (lookback < 1 || top < 1 || minAdv < 0 || minAtrPct < 0) {
            throw new IllegalArgumentException("scan settings out of range: lookback " + lookback + ", top " + top
                    + ", min_adv " + minAdv + ", min_atr_pct " + minAtrPct);
        }
    }
}
