package io.kairos.config;

import io.kairos.data.audit.AuditSettings;
import io.kairos.research.scan.ScanSettings;
import io.kairos.research.smallaccount.SmallAccountRules;
import io.kairos.risk.RiskLimits;
import io.kairos.risk.SizingMethods;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The typed, validated configuration of one run. Built once by the command line's composition
 * root and handed to the stages that need a part of it.
 */
public record KairosConfig(Path home, Store store, Paths paths, Rebalance rebalance, Synthetic synthetic,
        Sharadar sharadar, Alpaca alpaca, Broker broker, Http http, AuditSettings audit, Labels labels, Model model,
        Portfolio portfolio, Costs costs, Backtest backtest, Validation validation, Serve serve, ScanSettings scan, SmallAccountRules smallAccount, RiskLimits risk,
        Secrets secrets) {

    /** The DuckDB store. */
    public record Store(Path db, String memoryLimit) {
    }

    /** Where artifacts and logs go. */
    public record Paths(Path outputs, Path logs) {
    }

    /** @param frequency {@code monthly} or {@code weekly} */
    public record Rebalance(String frequency) {
    }

    /** Defaults of {@code kairos download --source synthetic}. */
    public record Synthetic(int tickers, int years, long seed) {
    }

    public record Sharadar(String baseUrl, int pageSize) {
    }

    public record Alpaca(String dataUrl, String feed, int symbolsPerRequest) {
    }

    /**
     * @param alpacaBaseUrl      the Alpaca Trading API root; its host tells paper from live
     * @param bracketTakeProfit  above 0: every buy of execute carries a take-profit leg this fraction above its decision
     *                           price, and a stop-loss leg {@code bracketStopLoss} below it; 0 (both): no brackets
     * @param venue              auto (Alpaca when its keys are set, else the simulated broker), sim or alpaca
     */
    public record Broker(String alpacaBaseUrl, double bracketTakeProfit, double bracketStopLoss, String venue) {

        public boolean brackets() {
            return bracketTakeProfit > 0;
        }
    }

    /** Retry and timeout policy of every HTTP client. */
    public record Http(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration timeout) {
    }

    /**
     * How labels are made.
     *
     * @param horizon  forward-return horizon in sessions
     * @param tbUpper  upper triple barrier in multiples of daily volatility
     * @param tbLower  lower triple barrier in multiples of daily volatility
     * @param volWindow sessions of returns behind that volatility
     */
    public record Labels(int horizon, double tbUpper, double tbLower, int volWindow) {
    }

    /**
     * How the model is trained and watched.
     *
     * @param folds       walk-forward validation folds
     * @param tuningFolds the first folds, on which hyperparameters are chosen; the others are test folds
     * @param embargo     sessions left out between training and validation, at least the label horizon
     * @param maxAgeDays  a model older than this is stale
     * @param psiAlert    a population stability index above this is drift
     */
    public record Model(int folds, int tuningFolds, int embargo, long seed, int maxAgeDays, double psiAlert) {
    }

    /**
     * The rebalance (kairos check-data, generate-picks): see config/kairos.yaml for each key.
     *
     * @param minAdv          dollars of average daily volume a name needs to enter the universe
     * @param maxPositionPct  largest weight of one name, as a fraction (0.03 is 3%)
     * @param alphaColumn     the predictions column that ranks names: "prob" or "score"
     */
    /**
     * The fill and cost model of the simulated broker and the backtest (docs/EXECUTION.md).
     *
     * @param commissionBps    above 0: commission in basis points of the traded value instead of per share
     * @param spreadBps        above 0: a quoted full spread in basis points instead of the estimate from the range
     */
    public record Costs(double commissionPerShare, double commissionMinimum, double commissionBps, double spreadFraction,
            double spreadFloorBps, double spreadBps, double impactK, double participationCap) {
    }

    /** @param refitMonths months between the backtest's model refits */
    public record Backtest(int refitMonths) {
    }

    /** What kairos validate demands before paper trading: each a bound a check must pass. */
    public record Validation(double minSharpe, double maxDrawdown, double minHitRate, double minAccuracy, double maxCalibrationError) {
    }

    public record Portfolio(int topN, double targetVol, double minAdv, double maxPositionPct, double maxSectorMult,
            double lambdaTc, double maxTurnover, String alphaColumn, String volColumn, String advColumn, String sizing,
            int minLiquidNames, int covarianceDays) {
    }

    /** @param port where kairos serve listens on 127.0.0.1 (0: any free port) */
    public record Serve(int port) {
    }

    /** Keys from the environment or .env; {@link #toString()} never shows them. */
    public record Secrets(Optional<String> nasdaqApiKey, Optional<String> alpacaKeyId, Optional<String> alpacaSecretKey) {

        /** Both Alpaca trading keys are set: commands trade at Alpaca, not at the simulated broker. */
        public boolean alpacaKeys() {
            return alpacaKeyId.isPresent() && alpacaSecretKey.isPresent();
        }

        @Override
        public String toString() {
            return "Secrets[nasdaqApiKey=" + mask(nasdaqApiKey) + ", alpacaKeyId=" + mask(alpacaKeyId)
                    + ", alpacaSecretKey=" + mask(alpacaSecretKey) + "]";
        }

        private static String mask(Optional<String> secret) {
            return secret.isPresent() ? "********" : "(not set)";
        }
    }

    /** Types and validates every setting; the first bad one is reported with where it was set. */
    public static KairosConfig from(Path home, EffectiveConfig config) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        return new KairosConfig(
                absoluteHome,
                new Store(config.parse("store.db", ValueParsers.pathUnder(absoluteHome)),
                        config.parse("store.memory_limit", ValueParsers.memorySize())),
                new Paths(config.parse("paths.outputs", ValueParsers.pathUnder(absoluteHome)),
                        config.parse("paths.logs", ValueParsers.pathUnder(absoluteHome))),
                new Rebalance(config.parse("rebalance.frequency", ValueParsers.oneOf("monthly", "weekly"))),
                new Synthetic(config.parse("synthetic.tickers", ValueParsers.integer(1, 20_000)),
                        config.parse("synthetic.years", ValueParsers.integer(1, 40)),
                        config.parse("synthetic.seed", ValueParsers.anyLong())),
                new Sharadar(config.parse("sharadar.base_url", ValueParsers.httpUrl()),
                        config.parse("sharadar.page_size", ValueParsers.integer(1, 10_000))),
                new Alpaca(config.parse("alpaca.data_url", ValueParsers.httpUrl()),
                        config.parse("alpaca.feed", ValueParsers.oneOf("sip", "iex", "otc", "boats")),
                        config.parse("alpaca.symbols_per_request", ValueParsers.integer(1, 1000))),
                broker(config),
                new Http(config.parse("http.max_attempts", ValueParsers.integer(1, 20)),
                        Duration.ofMillis(config.parse("http.initial_backoff_ms", ValueParsers.integer(1, 600_000))),
                        Duration.ofMillis(config.parse("http.max_backoff_ms", ValueParsers.integer(1, 3_600_000))),
                        Duration.ofSeconds(config.parse("http.timeout_seconds", ValueParsers.integer(1, 3600)))),
                new AuditSettings(config.parse("audit.jump_ratio", ValueParsers.decimal(0, 1)),
                        config.parse("audit.bad_print_ratio", ValueParsers.decimal(1, 100)),
                        config.parse("audit.blocking", ValueParsers.auditChecks())),
                labels(config),
                model(config),
                portfolio(config),
                new Costs(config.parse("costs.commission_per_share", ValueParsers.decimal(-1e-12, 100)),
                        config.parse("costs.commission_minimum", ValueParsers.decimal(-1e-12, 1000)),
                        config.parse("costs.commission_bps", ValueParsers.decimal(-1e-12, 1000)),
                        config.parse("costs.spread_fraction", ValueParsers.fraction()),
                        config.parse("costs.spread_floor_bps", ValueParsers.decimal(-1e-12, 10_000)),
                        config.parse("costs.spread_bps", ValueParsers.decimal(-1e-12, 10_000)),
                        config.parse("costs.impact_k", ValueParsers.decimal(-1e-12, 100)),
                        config.parse("costs.participation_cap", ValueParsers.decimal(0, 1.000_000_001))),
                new Backtest(config.parse("backtest.refit_months", ValueParsers.integer(1, 120))),
                new Validation(config.parse("validation.min_sharpe", ValueParsers.decimal(-100, 100)),
                        config.parse("validation.max_drawdown", ValueParsers.fraction()),
                        config.parse("validation.min_hit_rate", ValueParsers.fraction()),
                        config.parse("validation.min_accuracy", ValueParsers.fraction()),
                        config.parse("validation.max_calibration_error", ValueParsers.fraction())),
                new Serve(config.parse("serve.port", ValueParsers.integer(0, 65_535))),
                new ScanSettings(config.parse("scan.lookback", ValueParsers.integer(1, 2520)),
                        config.parse("scan.min_adv", ValueParsers.decimal(-1e-9, 1e15)),
                        config.parse("scan.min_atr_pct", ValueParsers.decimal(-1e-9, 100)),
                        config.parse("scan.top", ValueParsers.integer(1, 100_000))),
                smallAccount(config),
                risk(config),
                new Secrets(secret(config, "secrets.nasdaq_api_key"), secret(config, "secrets.alpaca_key_id"),
                        secret(config, "secrets.alpaca_secret_key")));
    }

    private static Broker broker(EffectiveConfig config) {
        double takeProfit = config.parse("broker.bracket_take_profit", ValueParsers.fraction());
        double stopLoss = config.parse("broker.bracket_stop_loss", ValueParsers.fraction());
        if ((takeProfit > 0) != (stopLoss > 0) || stopLoss >= 1) {
            throw new ConfigException("broker.bracket_take_profit (" + takeProfit + ", "
                    + config.value("broker.bracket_take_profit").orElseThrow().location() + ") and broker.bracket_stop_loss ("
                    + stopLoss + ", " + config.value("broker.bracket_stop_loss").orElseThrow().location() + ") go together: both 0"
                    + " for no brackets, or both above 0 (the stop loss below 1).");
        }
        return new Broker(config.parse("broker.alpaca_base_url", ValueParsers.httpUrl()), takeProfit, stopLoss,
                config.parse("broker.venue", ValueParsers.oneOf("auto", "sim", "alpaca")));
    }

    private static Labels labels(EffectiveConfig config) {
        return new Labels(config.parse("labels.horizon", ValueParsers.integer(1, 252)),
                config.parse("labels.tb_upper", ValueParsers.decimal(0, 100)),
                config.parse("labels.tb_lower", ValueParsers.decimal(0, 100)),
                config.parse("labels.vol_window", ValueParsers.integer(2, 252)));
    }

    private static Model model(EffectiveConfig config) {
        int folds = config.parse("model.folds", ValueParsers.integer(2, 20));
        int tuningFolds = config.parse("model.tuning_folds", ValueParsers.integer(1, 19));
        if (tuningFolds >= folds) {
            throw new ConfigException("model.tuning_folds (" + tuningFolds + ", " + config.value("model.tuning_folds").orElseThrow().location()
                    + ") must be below model.folds (" + folds + ", " + config.value("model.folds").orElseThrow().location()
                    + ") so that at least one fold is left to test on.");
        }
        int horizon = config.parse("labels.horizon", ValueParsers.integer(1, 252));
        int embargo = config.parse("model.embargo", ValueParsers.integer(0, 1000));
        if (embargo < horizon) {
            throw new ConfigException("model.embargo (" + embargo + " sessions, " + config.value("model.embargo").orElseThrow().location()
                    + ") must be at least labels.horizon (" + horizon + " sessions, " + config.value("labels.horizon").orElseThrow().location()
                    + "): a shorter embargo lets training labels overlap the validation period.");
        }
        return new Model(folds, tuningFolds, embargo, config.parse("model.seed", ValueParsers.anyLong()),
                config.parse("model.max_age_days", ValueParsers.integer(1, 3650)),
                config.parse("model.psi_alert", ValueParsers.decimal(0, 100)));
    }

    private static Portfolio portfolio(EffectiveConfig config) {
        return new Portfolio(config.parse("portfolio.top_n", ValueParsers.integer(1, 10_000)),
                config.parse("portfolio.target_vol", ValueParsers.decimal(0, 10)),
                config.parse("portfolio.min_adv", ValueParsers.decimal(-1e-9, 1e15)),
                config.parse("portfolio.max_position_pct", ValueParsers.decimal(0, 1.0000001)),
                config.parse("portfolio.max_sector_mult", ValueParsers.decimal(0, 1000)),
                config.parse("portfolio.lambda_tc", ValueParsers.fraction()),
                config.parse("portfolio.max_turnover", ValueParsers.fraction()),
                config.parse("portfolio.alpha_column", ValueParsers.oneOf("prob", "score")),
                config.parse("portfolio.vol_column", ValueParsers.identifier()),
                config.parse("portfolio.adv_column", ValueParsers.identifier()),
                config.parse("portfolio.sizing", ValueParsers.oneOf(SizingMethods.names().toArray(String[]::new))),
                config.parse("portfolio.min_liquid_names", ValueParsers.integer(1, 100_000)),
                config.parse("portfolio.covariance_days", ValueParsers.integer(20, 2520)));
    }

    private static SmallAccountRules smallAccount(EffectiveConfig config) {
        try {
            return new SmallAccountRules(config.parse("small_account.starting_capital", ValueParsers.decimal(0, 1e12)),
                    config.parse("small_account.risk_per_trade", ValueParsers.decimal(0, 1)),
                    config.parse("small_account.initial_fraction", ValueParsers.fraction()),
                    config.parse("small_account.add_fraction", ValueParsers.fraction()),
                    config.parse("small_account.add_trigger", ValueParsers.fraction()),
                    config.parse("small_account.add_window_sessions", ValueParsers.integer(0, 252)),
                    config.parse("small_account.max_positions", ValueParsers.integer(1, 1000)),
                    config.parse("small_account.stop_pct", ValueParsers.decimal(0, 1)),
                    config.parse("small_account.trail_trigger", ValueParsers.decimal(-1e-12, 10)),
                    config.parse("small_account.trail_pct", ValueParsers.decimal(0, 1)),
                    config.parse("small_account.time_stop_sessions", ValueParsers.integer(1, 1000)),
                    config.parse("small_account.alert_drawdown", ValueParsers.decimal(0, 1)),
                    config.parse("small_account.reduce_drawdown", ValueParsers.decimal(0, 1)),
                    config.parse("small_account.reduced_stop_pct", ValueParsers.decimal(0, 1)),
                    config.parse("small_account.resume_within", ValueParsers.fraction()),
                    config.parse("small_account.liquidate_drawdown", ValueParsers.decimal(0, 1)),
                    config.parse("small_account.suspend_sessions", ValueParsers.integer(0, 1000)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage() + " Change " + whereSet(config, "small_account", e.getMessage()) + ".");
        }
    }

    /** "key (where it was set)" for every key of {@code section} that {@code message} names, e.g. "a.b (config/kairos.yaml line 3)". */
    private static String whereSet(EffectiveConfig config, String section, String message) {
        return String.join(" or ", SettingsCatalog.keysUnder(section).stream().map(key -> section + "." + key)
                .filter(key -> message.contains(key + " ")).map(key -> key + " (" + config.value(key).orElseThrow().location() + ")")
                .toList());
    }

    private static RiskLimits risk(EffectiveConfig config) {
        return new RiskLimits(config.parse("risk.max_position_pct", ValueParsers.limitFraction()),
                config.parse("risk.max_portfolio_positions", ValueParsers.integer(1, 10_000)),
                config.parse("risk.max_sector_exposure", ValueParsers.limitFraction()),
                config.parse("risk.max_price_age_sessions", ValueParsers.integer(0, 252)),
                config.parse("risk.max_daily_loss_pct", ValueParsers.limitFraction()),
                config.parse("risk.max_drawdown_pct", ValueParsers.limitFraction()));
    }

    private static Optional<String> secret(EffectiveConfig config, String key) {
        return config.value(key).map(ConfigValue::raw);
    }
}
