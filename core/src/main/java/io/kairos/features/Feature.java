package io.kairos.features;

import java.util.Locale;

/**
 * The feature catalog: every column of {@code feat_matrix} after ticker and date, in order, with the
 * one-line definition that {@code feature_catalog} and docs/FEATURES.md carry. This enum is the one
 * source of truth; the column name is the constant's name in lower case.
 *
 * <p>Conventions of the definitions: a window counts the ticker's own rows (the sessions it has a
 * price on), the current row included; {@code r} is the daily log return of closeadj,
 * {@code ln(closeadj_t / closeadj_(t-1))}, and {@code R} the simple one, {@code closeadj_t / closeadj_(t-1) - 1};
 * volatilities are annualised by {@code sqrt(252)} and floored at 0. {@link #window()} is the number of
 * rows a value reads, so on a ticker with clean prices the feature is NULL on its first {@code window - 1} rows.
 */
public enum Feature {

    RET_1D(FeatureFamily.MOMENTUM, 2, "1-day return: closeadj_t / closeadj_(t-1) - 1"),
    MOM_5D(FeatureFamily.MOMENTUM, 6, "1-week return: closeadj_t / closeadj_(t-5) - 1"),
    MOM_21D(FeatureFamily.MOMENTUM, 22, "1-month return (short-term reversal): closeadj_t / closeadj_(t-21) - 1"),
    MOM_63D(FeatureFamily.MOMENTUM, 64, "3-month return: closeadj_t / closeadj_(t-63) - 1"),
    MOM_126D(FeatureFamily.MOMENTUM, 127, "6-month return: closeadj_t / closeadj_(t-126) - 1"),
    MOM_252D(FeatureFamily.MOMENTUM, 253, "12-month return: closeadj_t / closeadj_(t-252) - 1"),
    MOM_12_1(FeatureFamily.MOMENTUM, 253,
            "12-1 month momentum, skipping the last month: closeadj_(t-21) / closeadj_(t-252) - 1"),
    MOM_6_1(FeatureFamily.MOMENTUM, 127, "6-1 month momentum: closeadj_(t-21) / closeadj_(t-126) - 1"),
    MAX_RET_21(FeatureFamily.MOMENTUM, 22, "largest daily simple return R over the last 21 rows (lottery demand)"),

    VOL_20(FeatureFamily.VOLATILITY, 21, "sample standard deviation of the last 20 daily log returns r, annualised"),
    VOL_60(FeatureFamily.VOLATILITY, 61, "sample standard deviation of the last 60 r, annualised"),
    VOL_120(FeatureFamily.VOLATILITY, 121, "sample standard deviation of the last 120 r, annualised"),
    VOL_252(FeatureFamily.VOLATILITY, 253, "sample standard deviation of the last 252 r, annualised"),
    VOL_BLEND(FeatureFamily.VOLATILITY, 253, "volatility for position sizing: 0.5 * vol_20 + 0.5 * vol_252"),
    VOL_RATIO_20_252(FeatureFamily.VOLATILITY, 253, "volatility regime: vol_20 / vol_252"),
    DOWNSIDE_VOL_60(FeatureFamily.VOLATILITY, 61,
            "downside volatility: sqrt(mean of min(r, 0)^2 over the last 60 r), annualised"),
    PARKINSON_20(FeatureFamily.VOLATILITY, 20,
            "Parkinson range volatility: sqrt(mean of ln(high / low)^2 / (4 ln 2) over 20 rows), annualised"),
    GARMAN_KLASS_20(FeatureFamily.VOLATILITY, 20,
            "Garman-Klass volatility: sqrt(mean of 0.5 ln(high / low)^2 - (2 ln 2 - 1) ln(close / open)^2"
                    + " over 20 rows), annualised"),
    SKEW_60(FeatureFamily.VOLATILITY, 61, "skewness m3 / m2^1.5 of the last 60 r (population moments)"),

    ADV_20(FeatureFamily.LIQUIDITY, 20, "average daily dollar volume: mean of close * volume over 20 rows"),
    AMIHUD_20(FeatureFamily.LIQUIDITY, 21,
            "Amihud illiquidity: mean of abs(R) / (close * volume / 1e6) over 20 rows (return per $1M traded)"),
    VOLUME_TREND_5_60(FeatureFamily.LIQUIDITY, 60, "volume trend: mean volume over 5 rows / mean volume over 60 rows"),
    VOLUME_TREND_20_120(FeatureFamily.LIQUIDITY, 120, "volume trend: mean volume over 20 rows / mean volume over 120 rows"),

    MA_RATIO_20(FeatureFamily.TREND, 20, "closeadj / its mean over 20 rows - 1"),
    MA_RATIO_200(FeatureFamily.TREND, 200, "closeadj / its mean over 200 rows - 1"),
    MA_CROSS_50_200(FeatureFamily.TREND, 200, "moving-average cross: mean closeadj over 50 rows / mean over 200 rows - 1"),
    MACD(FeatureFamily.TREND, 104,
            "MACD over price: (EMA12 - EMA26) of closeadj / closeadj_t, the EMAs truncated to 48 and 104 rows"),
    MACD_SIGNAL(FeatureFamily.TREND, 139, "MACD signal line: EMA9 of macd, truncated to 36 rows"),
    RSI_14(FeatureFamily.TREND, 15,
            "RSI over 14 closeadj changes with simple averages (Cutler): 100 * gains / (gains + losses); 50 when flat"),
    BB_PCTB_20(FeatureFamily.TREND, 20,
            "Bollinger %b: (closeadj - (m - 2s)) / (4s), m and s the mean and population sd of closeadj over 20 rows;"
                    + " NULL when s is 0"),
    BB_WIDTH_20(FeatureFamily.TREND, 20, "Bollinger band width: 4s / m over 20 rows of closeadj"),
    ATR_PCT_14(FeatureFamily.TREND, 15,
            "average true range over 14 rows / close; true range = max(high, previous close) - min(low, previous close)"),
    STOCH_K_14(FeatureFamily.TREND, 14,
            "stochastic %K: (close - lowest low) / (highest high - lowest low) over 14 rows, 0 to 1"),

    DIST_52W_HIGH(FeatureFamily.RANGE, 252, "distance to the 52-week high: close / highest high over 252 rows - 1"),
    DIST_52W_LOW(FeatureFamily.RANGE, 252, "distance to the 52-week low: close / lowest low over 252 rows - 1"),
    DAYS_SINCE_52W_HIGH(FeatureFamily.RANGE, 252,
            "rows since the latest row whose high is the highest of the last 252 (0: today)"),

    BETA_60(FeatureFamily.MARKET, 61, "beta of R on the market return M over the last 60 rows: cov(R, M) / var(M)"),
    BETA_252(FeatureFamily.MARKET, 253, "beta of R on the market return M over the last 252 rows"),
    RESID_VOL_60(FeatureFamily.MARKET, 61,
            "residual volatility: sd of R - (a + beta M) over 60 rows (n - 2 degrees of freedom), annualised"),
    RESID_VOL_252(FeatureFamily.MARKET, 253, "residual volatility: sd of R - (a + beta M) over 252 rows, annualised"),

    Z_MOM_12_1(FeatureFamily.CROSS_SECTION, 253, "z-score of mom_12_1 across all tickers on the date"),
    Z_MOM_21D(FeatureFamily.CROSS_SECTION, 22, "z-score of mom_21d across all tickers on the date"),
    Z_VOL_60(FeatureFamily.CROSS_SECTION, 61, "z-score of vol_60 across all tickers on the date"),
    Z_LOG_ADV_20(FeatureFamily.CROSS_SECTION, 20, "z-score of ln(adv_20) across all tickers on the date"),
    Z_BETA_252(FeatureFamily.CROSS_SECTION, 253, "z-score of beta_252 across all tickers on the date"),
    RANK_MOM_12_1(FeatureFamily.CROSS_SECTION, 253, "percentile rank (0 to 1) of mom_12_1 across all tickers on the date"),
    RANK_VOL_20(FeatureFamily.CROSS_SECTION, 21, "percentile rank of vol_20 across all tickers on the date"),
    RANK_ADV_20(FeatureFamily.CROSS_SECTION, 20, "percentile rank of adv_20 across all tickers on the date"),

    SECTOR_MOM_63D(FeatureFamily.SECTOR, 64, "sector momentum: mean mom_63d of the ticker's sector on the date"),
    SECTOR_REL_MOM_63D(FeatureFamily.SECTOR, 64, "mom_63d - sector_mom_63d"),
    SECTOR_Z_MOM_12_1(FeatureFamily.SECTOR, 253, "z-score of mom_12_1 within the ticker's sector on the date"),
    SECTOR_RANK_VOL_60(FeatureFamily.SECTOR, 61, "percentile rank of vol_60 within the ticker's sector on the date");

    private final FeatureFamily family;
    private final int window;
    private final String definition;

    Feature(FeatureFamily family, int window, String definition) {
        this.family = family;
        this.window = window;
        this.definition = definition;
    }

    /** The column name in {@code feat_matrix}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    FeatureFamily family() {
        return family;
    }

    /** Rows of the ticker's history a value reads, the current one included. */
    public int window() {
        return window;
    }

    public String definition() {
        return definition;
    }
}
