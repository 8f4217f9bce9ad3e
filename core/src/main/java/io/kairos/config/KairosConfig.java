package io.kairos.config;

import io.kairos.data.audit.AuditSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The typed, validated configuration of one run. Built once by the command line's composition
 * root and handed to the stages that need a part of it.
 */
public record KairosConfig(Path home, Store store, Paths paths, Rebalance rebalance, Synthetic synthetic,
        Sharadar sharadar, Alpaca alpaca, Http http, AuditSettings audit, Secrets secrets) {

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

    /** Retry and timeout policy of every HTTP client. */
    public record Http(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration timeout) {
    }

    /** Keys from the environment or .env; {@link #toString()} never shows them. */
    public record Secrets(Optional<String> nasdaqApiKey, Optional<String> alpacaKeyId, Optional<String> alpacaSecretKey) {
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
                new Http(config.parse("http.max_attempts", ValueParsers.integer(1, 20)),
                        Duration.ofMillis(config.parse("http.initial_backoff_ms", ValueParsers.integer(1, 600_000))),
                        Duration.ofMillis(config.parse("http.max_backoff_ms", ValueParsers.integer(1, 3_600_000))),
                        Duration.ofSeconds(config.parse("http.timeout_seconds", ValueParsers.integer(1, 3600)))),
                new AuditSettings(config.parse("audit.jump_ratio", ValueParsers.decimal(0, 1)),
                        config.parse("audit.bad_print_ratio", ValueParsers.decimal(1, 100)),
                        config.parse("audit.blocking", ValueParsers.auditChecks())),
                new Secrets(secret(config, "secrets.nasdaq_api_key"), secret(config, "secrets.alpaca_key_id"),
                        secret(config, "secrets.alpaca_secret_key")));
    }

    private static Optional<String> secret(EffectiveConfig config, String key) {
        return config.value(key).map(ConfigValue::raw);
    }
}
