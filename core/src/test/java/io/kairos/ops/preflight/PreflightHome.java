package io.kairos.ops.preflight;

import io.kairos.calendar.NyseCalendar;
import io.kairos.config.ConfigInputs;
import io.kairos.config.ConfigLoader;
import io.kairos.config.EffectiveConfig;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import io.kairos.execution.alpaca.AlpacaBroker;
import io.kairos.execution.alpaca.AlpacaBrokerSettings;
import io.kairos.execution.alpaca.FakeAlpaca;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.sim.SimBroker;
import io.kairos.http.RetryPolicy;
import io.kairos.http.RetryTiming;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * A KAIROS_HOME in a temp folder for the preflight tests: the configuration from its files and an environment the
 * test sets, a fixed clock, and the broker as the command line picks it (Alpaca with keys, else the simulated
 * account in the store when there is one). The store, when a test makes one, is data/kairos.duckdb.
 */
final class PreflightHome {

    static final NyseCalendar CALENDAR = NyseCalendar.create();
    /** Friday 2026-10-30, 18:00 in New York: after the close of the day the RebalanceStore is ready on. */
    static final Instant AFTER_CLOSE_2026_10_30 = Instant.parse("2026-10-30T22:00:00Z");
    /** One attempt, so that an unreachable broker fails at once. */
    static final RetryPolicy ONE_TRY = new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10));

    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private Instant now = AFTER_CLOSE_2026_10_30;

    PreflightHome(Path home) {
        this.home = home;
    }

    Path home() {
        return home;
    }

    Path db() {
        return home.resolve("data/kairos.duckdb");
    }

    PreflightHome env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    PreflightHome at(String instant) {
        now = Instant.parse(instant);
        return this;
    }

    /** The environment that reaches {@code fake}, a live account unless its URL says paper. */
    PreflightHome alpaca(FakeAlpaca fake) {
        return env("ALPACA_API_KEY_ID", FakeAlpaca.KEY_ID).env("ALPACA_API_SECRET_KEY", FakeAlpaca.SECRET_KEY)
                .env("ALPACA_BASE_URL", fake.baseUrl());
    }

    PreflightSubject subject(PreflightMode mode) {
        Map<String, String> env = Map.copyOf(environment);
        return new PreflightSubject(mode, Clock.fixed(now, ZoneOffset.UTC), CALENDAR, home, () -> effective(env),
                () -> KairosConfig.from(home, effective(env)), PreflightHome::broker);
    }

    /** One check's verdict, run by the preflight runner (so a skip or an error is reported as the command would). */
    PreflightOutcome run(PreflightCheck check, PreflightMode mode) {
        try (PreflightSubject subject = subject(mode)) {
            return new Preflight(List.of(check)).run(subject).checks().get(0);
        }
    }

    PreflightOutcome run(PreflightCheck check) {
        return run(check, PreflightMode.PAPER);
    }

    /** The settings in effect for this home and environment, as kairos config pin reads them. */
    EffectiveConfig effective() {
        return effective(Map.copyOf(environment));
    }

    private EffectiveConfig effective(Map<String, String> env) {
        return ConfigLoader.load(ConfigInputs.standard(home, null, env, Map.of()));
    }

    private static Optional<Broker> broker(KairosConfig config, Supplier<PriceStore> store) {
        if (config.secrets().alpacaKeys()) {
            return Optional.of(new AlpacaBroker(new AlpacaBrokerSettings(config.broker().alpacaBaseUrl(),
                    config.secrets().alpacaKeyId().orElseThrow(), config.secrets().alpacaSecretKey().orElseThrow(), ONE_TRY),
                    new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(2)).build(),
                    RetryTiming.system()));
        }
        return SimBroker.existing(store.get(), CALENDAR, FillModel.DEFAULTS).map(Broker.class::cast);
    }
}
