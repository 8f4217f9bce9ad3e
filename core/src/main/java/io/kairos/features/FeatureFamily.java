package io.kairos.features;

/** The kinds of features, as listed in docs/FEATURES.md. */
enum FeatureFamily {
    MOMENTUM,
    VOLATILITY,
    LIQUIDITY,
    TREND,
    RANGE,
    MARKET,
    CROSS_SECTION,
    SECTOR;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
