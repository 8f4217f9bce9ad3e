package io.kairos.ops.health;

/**
 * A number a component measured: {@link #key()} in /health, and on /metrics the gauge {@link #metric()} with
 * {@link #help()}, its value times {@link #toMetric()} (Prometheus wants base units: days are given in seconds there).
 */
public enum Reading {
    DATA_AGE_SESSIONS("data_age_sessions", "NYSE sessions completed after the latest date in sep_base (0: up to date)"),
    MODEL_AGE_DAYS("model_age_days", "kairos_model_age_seconds", 86_400, "Age of the latest model in seconds: calendar days from its"
            + " as-of date to today in New York, times 86400"),
    ACCOUNT_EQUITY_DOLLARS("account_equity_dollars", "Equity of the broker account, in dollars"),
    ACCOUNT_DRAWDOWN_RATIO("account_drawdown_ratio", "1 - equity / the recorded equity peak (state/equity_peak.json); 0 at the peak"),
    ACCOUNT_POSITIONS("account_positions", "Positions held at the broker"),
    KILL_SWITCH("kill_switch", "1 while the kill switch is on (state/KILL_SWITCH exists: no order may go out), else 0"),
    PIPELINE_RUNNING("pipeline_running", "1 while a live process holds the pipeline lock (state/pipeline.lock), else 0"),
    HEARTBEAT_AGE_SECONDS("heartbeat_age_seconds", "Seconds since the pipeline's last heartbeat (state/heartbeat)"),
    RECONCILE_BREAKS("reconcile_breaks", "Unexplained differences the last reconcile of each venue found, summed");

    private final String key;
    private final String metric;
    private final double toMetric;
    private final String help;

    Reading(String key, String help) {
        this(key, "kairos_" + key, 1, help);
    }

    Reading(String key, String metric, double toMetric, String help) {
        this.key = key;
        this.metric = metric;
        this.toMetric = toMetric;
        this.help = help;
    }

    /** Its name in /health JSON. */
    public String key() {
        return key;
    }

    /** Its gauge on /metrics. */
    public String metric() {
        return metric;
    }

    /** What the reading is multiplied by on /metrics. */
    public double toMetric() {
        return toMetric;
    }

    public String help() {
        return help;
    }
}
