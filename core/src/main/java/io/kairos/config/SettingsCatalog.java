package io.kairos.config;

import io.kairos.data.alpaca.AlpacaDataSettings;
import io.kairos.data.audit.AuditCheck;
import io.kairos.data.audit.AuditSettings;
import io.kairos.data.sharadar.SharadarSettings;
import io.kairos.execution.alpaca.AlpacaBrokerSettings;
import io.kairos.research.scan.ScanSettings;
import io.kairos.research.smallaccount.SmallAccountRules;
import io.kairos.risk.RiskLimits;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every setting Kairos reads, in the order {@code kairos config show} prints them. */
final class SettingsCatalog {

    static final List<Setting> ALL = List.of(
            Setting.of("store.db", "data/kairos.duckdb", "the DuckDB store file (relative to KAIROS_HOME)"),
            Setting.of("store.memory_limit", "1GB", "how much memory DuckDB may use before spilling to disk"),
            Setting.of("paths.outputs", "outputs", "where dated artifacts are written (relative to KAIROS_HOME)"),
            Setting.of("paths.logs", "logs", "where structured JSON log lines are written (relative to KAIROS_HOME)"),
            Setting.of("rebalance.frequency", "monthly", "monthly or weekly: rebalance on the last session of the period"),
            Setting.of("synthetic.tickers", "1000", "names in the synthetic market"),
            Setting.of("synthetic.years", "10", "years of synthetic history"),
            Setting.of("synthetic.seed", "42", "seed of the synthetic market"),
            Setting.of("sharadar.base_url", SharadarSettings.DEFAULT_BASE_URL, "Nasdaq Data Link API root"),
            Setting.of("sharadar.page_size", String.valueOf(SharadarSettings.MAX_PAGE_SIZE), "rows per page (qopts.per_page, at most 10000)"),
            Setting.of("alpaca.data_url", AlpacaDataSettings.DEFAULT_BASE_URL, "Alpaca market data API root"),
            Setting.of("alpaca.feed", AlpacaDataSettings.DEFAULT_FEED, "market data feed: sip, iex, otc or boats"),
            Setting.of("alpaca.symbols_per_request", String.valueOf(AlpacaDataSettings.DEFAULT_SYMBOLS_PER_REQUEST), "symbols per bars request"),
            Setting.of("broker.venue", "auto",
                    "where orders go: auto (Alpaca when its keys are set, else the simulated broker), sim or alpaca"),
            Setting.of("broker.alpaca_base_url", AlpacaBrokerSettings.DEFAULT_BASE_URL,
                    "Alpaca Trading API root: paper-api.alpaca.markets (paper) or api.alpaca.markets (live)")
                    .alsoFrom("ALPACA_BASE_URL"),
            Setting.of("broker.bracket_take_profit", "0",
                    "above 0: each buy of execute is a bracket order with a take-profit leg this fraction above its price (0 = none)"),
            Setting.of("broker.bracket_stop_loss", "0", "with bracket_take_profit: the stop-loss leg this fraction below the price"),
            Setting.of("http.max_attempts", "5", "attempts per request before giving up (429, 5xx, dropped connections)"),
            Setting.of("http.initial_backoff_ms", "500", "first retry delay; doubles each attempt, with jitter"),
            Setting.of("http.max_backoff_ms", "8000", "longest retry delay"),
            Setting.of("http.timeout_seconds", "30", "connect and read timeout per request"),
            Setting.of("audit.jump_ratio", String.valueOf(AuditSettings.DEFAULTS.jumpRatio()),
                    "a close-to-close ratio below this (or above its inverse) is a suspect jump"),
            Setting.of("audit.bad_print_ratio", String.valueOf(AuditSettings.DEFAULTS.badPrintRatio()),
                    "a close this many times beyond both neighbours is a bad print"),
            Setting.of("audit.blocking", AuditSettings.DEFAULTS.blocking().stream().map(AuditCheck::id)
                    .collect(Collectors.joining(",")), "audit checks whose findings block (exit 3)"),
            Setting.of("labels.horizon", "20", "forward-return horizon in sessions"),
            Setting.of("labels.tb_upper", "2.0", "triple-barrier upper barrier, in multiples of the ticker's daily volatility"),
            Setting.of("labels.tb_lower", "2.0", "triple-barrier lower barrier, in multiples of the ticker's daily volatility"),
            Setting.of("labels.vol_window", "20", "sessions of daily returns behind the volatility that scales the barriers"),
            Setting.of("model.folds", "3", "walk-forward validation folds"),
            Setting.of("model.tuning_folds", "1", "the first folds, used to choose hyperparameters; the rest are test folds"),
            Setting.of("model.embargo", "20", "sessions between training and validation (at least labels.horizon)"),
            Setting.of("model.seed", "42", "seed of the model: the same seed gives the same model"),
            Setting.of("model.max_age_days", "45", "a model older than this many days is stale (model-status exits 3)"),
            Setting.of("model.psi_alert", "0.25", "population stability index above which a feature has drifted"),
            Setting.of("portfolio.top_n", "75", "names kept after ranking by alpha"),
            Setting.of("portfolio.target_vol", "0.25", "ex-ante annualised volatility the weights are scaled to (never above 100% gross)"),
            Setting.of("portfolio.min_adv", "2000000", "dollars: the universe is the names whose adv_column is at least this"),
            Setting.of("portfolio.max_position_pct", "0.03", "largest weight of one name"),
            Setting.of("portfolio.max_sector_mult", "2.0", "a sector's weight is at most this times its share of the universe's names"),
            Setting.of("portfolio.lambda_tc", "0.5", "weight of the prior holdings in the blend with the target"),
            Setting.of("portfolio.max_turnover", "0.30", "largest turnover (half the sum of absolute weight changes) per rebalance"),
            Setting.of("portfolio.alpha_column", "prob", "predictions column that ranks names: prob (calibrated) or score"),
            Setting.of("portfolio.vol_column", "vol_blend", "feat_matrix column with each name's annualised volatility"),
            Setting.of("portfolio.adv_column", "adv_20", "feat_matrix column with each name's average daily dollar volume"),
            Setting.of("portfolio.sizing", "inverse_vol", "sizing method (docs/SIZING.md)"),
            Setting.of("portfolio.min_liquid_names", "500", "readiness: fewer names passing min_adv is a warning (below 50 blocks)"),
            Setting.of("portfolio.covariance_days", "252", "sessions of daily returns behind the shrunk covariance"),
            Setting.of("costs.commission_per_share", "0.005", "dollars of commission a share (the simulated broker and the backtest)"),
            Setting.of("costs.commission_minimum", "1.00", "least commission of one fill"),
            Setting.of("costs.commission_bps", "0", "above 0: commission in basis points of the traded value instead of per share"),
            Setting.of("costs.spread_fraction", "0.05", "full spread estimated as this fraction of the day's range over the close"),
            Setting.of("costs.spread_floor_bps", "2", "the estimated full spread is at least this"),
            Setting.of("costs.spread_bps", "0", "above 0: a quoted full spread in basis points instead of the estimate"),
            Setting.of("costs.impact_k", "0.1", "k of the square-root impact k * daily volatility * sqrt(order value / ADV)"),
            Setting.of("costs.participation_cap", "0.05", "largest fraction of a session's volume one order fills; the rest waits"),
            Setting.of("backtest.refit_months", "12", "months between the backtest's model refits"),
            Setting.of("validation.min_sharpe", "0.5", "kairos validate: the backtest's Sharpe ratio must be above this"),
            Setting.of("validation.max_drawdown", "0.25", "kairos validate: the backtest's maximum drawdown must be under this"),
            Setting.of("validation.min_hit_rate", "0.45", "kairos validate: the share of winning round trips must be above this"),
            Setting.of("validation.min_accuracy", "0.52", "kairos validate: the model's test-fold accuracy must be above this"),
            Setting.of("validation.max_calibration_error", "0.1",
                    "kairos validate: the calibrated model's expected calibration error must be under this"),
            Setting.of("serve.port", "9464", "kairos serve listens on 127.0.0.1 at this port (/health, /metrics)"),
            Setting.of("scan.lookback", String.valueOf(ScanSettings.DEFAULTS.lookback()),
                    "kairos scan: sessions behind ADV, ATR%, return and volume surge"),
            Setting.of("scan.min_adv", "1000000", "kairos scan: dollars of average daily volume the liquidity screen asks for"),
            Setting.of("scan.min_atr_pct", String.valueOf(ScanSettings.DEFAULTS.minAtrPct()),
                    "kairos scan: average true range, in percent of the last close, the movement screen asks for"),
            Setting.of("scan.top", String.valueOf(ScanSettings.DEFAULTS.top()), "kairos scan: rows kept per list"),
            Setting.of("small_account.starting_capital", "1000", "small-account rules: dollars the account starts with"),
            Setting.of("small_account.risk_per_trade", String.valueOf(SmallAccountRules.DEFAULTS.riskPerTrade()),
                    "most equity one trade may lose at its stop"),
            Setting.of("small_account.initial_fraction", String.valueOf(SmallAccountRules.DEFAULTS.initialFraction()),
                    "share of the risk-sized shares bought at the entry"),
            Setting.of("small_account.add_fraction", String.valueOf(SmallAccountRules.DEFAULTS.addFraction()),
                    "share of the risk-sized shares added when the trade gains add_trigger in time"),
            Setting.of("small_account.add_trigger", String.valueOf(SmallAccountRules.DEFAULTS.addTrigger()),
                    "a close this fraction above the entry triggers the add"),
            Setting.of("small_account.add_window_sessions", String.valueOf(SmallAccountRules.DEFAULTS.addWindowSessions()),
                    "the sessions after the entry whose closes may trigger the add"),
            Setting.of("small_account.max_positions", String.valueOf(SmallAccountRules.DEFAULTS.maxPositions()),
                    "most positions open at once"),
            Setting.of("small_account.stop_pct", String.valueOf(SmallAccountRules.DEFAULTS.stopPct()),
                    "the stop sits this fraction below the entry"),
            Setting.of("small_account.trail_trigger", String.valueOf(SmallAccountRules.DEFAULTS.trailTrigger()),
                    "once a close is this fraction above the entry, the stop trails the highest high"),
            Setting.of("small_account.trail_pct", String.valueOf(SmallAccountRules.DEFAULTS.trailPct()),
                    "the trailing stop sits this fraction below the highest high"),
            Setting.of("small_account.time_stop_sessions", String.valueOf(SmallAccountRules.DEFAULTS.timeStopSessions()),
                    "a position is closed at the open after this many sessions"),
            Setting.of("small_account.alert_drawdown", String.valueOf(SmallAccountRules.DEFAULTS.alertDrawdown()),
                    "end-of-day drawdown from the equity peak that raises an alert"),
            Setting.of("small_account.reduce_drawdown", String.valueOf(SmallAccountRules.DEFAULTS.reduceDrawdown()),
                    "drawdown that halves the positions, tightens the stops and stops new entries"),
            Setting.of("small_account.reduced_stop_pct", String.valueOf(SmallAccountRules.DEFAULTS.reducedStopPct()),
                    "the tightened stop distance while reduced"),
            Setting.of("small_account.resume_within", String.valueOf(SmallAccountRules.DEFAULTS.resumeWithin()),
                    "new entries resume once the drawdown is back at most this"),
            Setting.of("small_account.liquidate_drawdown", String.valueOf(SmallAccountRules.DEFAULTS.liquidateDrawdown()),
                    "drawdown that closes every position and suspends trading"),
            Setting.of("small_account.suspend_sessions", String.valueOf(SmallAccountRules.DEFAULTS.suspendSessions()),
                    "sessions without entries from the liquidation on (48 hours = 2 sessions)"),
            Setting.of("risk.max_position_pct", RiskLimits.DEFAULTS.maxPositionPct().toPlainString(),
                    "largest value of one position after an order, as a fraction of equity"),
            Setting.of("risk.max_portfolio_positions", String.valueOf(RiskLimits.DEFAULTS.maxPortfolioPositions()),
                    "most positions after an order (a rebalance with more picks raises it to their number)"),
            Setting.of("risk.max_sector_exposure", RiskLimits.DEFAULTS.maxSectorExposure().toPlainString(),
                    "largest value of one sector's positions after an order, as a fraction of equity"),
            Setting.of("risk.max_price_age_sessions", String.valueOf(RiskLimits.DEFAULTS.maxPriceAgeSessions()),
                    "most NYSE sessions from an order's reference price date to the trading date"),
            Setting.of("risk.max_daily_loss_pct", RiskLimits.DEFAULTS.maxDailyLossPct().toPlainString(),
                    "a loss since the previous close beyond this fraction of equity trips the kill switch"),
            Setting.of("risk.max_drawdown_pct", RiskLimits.DEFAULTS.maxDrawdownPct().toPlainString(),
                    "a fall from the recorded equity peak beyond this fraction trips the kill switch"),
            Setting.secret("secrets.nasdaq_api_key", "Nasdaq Data Link API key", "NASDAQ_DATA_LINK_API_KEY", "NASDAQ_API_KEY"),
            Setting.secret("secrets.alpaca_key_id", "Alpaca API key id", "ALPACA_API_KEY_ID", "APCA_API_KEY_ID"),
            Setting.secret("secrets.alpaca_secret_key", "Alpaca API secret key", "ALPACA_API_SECRET_KEY",
                    "APCA_API_SECRET_KEY"));

    /** The section kept in its own file, {@code config/risk.yaml}, and not in kairos.yaml. */
    static final String RISK_SECTION = "risk";

    private SettingsCatalog() {
    }

    static Optional<Setting> find(String key) {
        return ALL.stream().filter(setting -> setting.key().equals(key)).findFirst();
    }

    static boolean isSection(String name) {
        return ALL.stream().anyMatch(setting -> setting.section().equals(name));
    }

    static List<String> keysUnder(String section) {
        return ALL.stream().filter(setting -> setting.section().equals(section) && !setting.secret())
                .map(setting -> setting.key().substring(section.length() + 1)).toList();
    }
}
