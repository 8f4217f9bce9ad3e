package io.kairos.ops.health;

import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.calendar.RebalanceSchedule;
import io.kairos.config.ConfigInputs;
import io.kairos.config.ConfigLoader;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.Broker;
import io.kairos.execution.sim.SimBroker;
import io.kairos.model.CalibrationFixture;
import io.kairos.ops.Json;
import io.kairos.pipeline.Checkpoint;
import io.kairos.risk.KillSwitch;
import io.kairos.testsupport.StoreSql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A KAIROS_HOME in a temp folder for the health probe: a real store (prices of AAA and BBB, a model, a simulated
 * account, recorded orders), pipeline checkpoints, the kill switch, the lock and the heartbeat, all real files.
 */
public final class HealthHome {

    /** Friday 2026-11-20, 17:00 in New York: that day's session is the last completed one. */
    public static final Clock FRIDAY_AFTER_CLOSE = Clock.fixed(Instant.parse("2026-11-20T22:00:00Z"), ZoneOffset.UTC);
    public static final NyseCalendar CALENDAR = NyseCalendar.create();
    public static final BigDecimal CASH = new BigDecimal("100000.00");

    public final Path home;

    public HealthHome(Path home) {
        this.home = home;
    }

    public Path db() {
        return home.resolve("data/kairos.duckdb");
    }

    public Path state() {
        return home.resolve("state");
    }

    /** A store with bars of AAA and BBB on the ten sessions up to {@code lastPrice} and a model as of {@code modelAsOf}. */
    public HealthHome store(LocalDate lastPrice, String modelAsOf) {
        try (PriceStore store = open()) {
            List<LocalDate> sessions = CALENDAR.sessions(lastPrice.minusDays(20), lastPrice);
            for (LocalDate date : sessions.subList(sessions.size() - 10, sessions.size())) {
                for (String ticker : List.of("AAA", "BBB")) {
                    StoreSql.execute(store, "INSERT INTO sep_base (ticker, date, open, high, low, close, volume, closeadj, closeunadj)"
                            + " VALUES ('" + ticker + "', DATE '" + date + "', 50, 50, 50, 50, 100000, 50, 50)");
                }
            }
            new CalibrationFixture(store.connection(), home).registerModel(modelAsOf, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 8, 31),
                    CalibrationFixture.metricsWithTestAccuracy());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return this;
    }

    /** A simulated account with {@link #CASH} and nothing held, at {@code asOf}. */
    public HealthHome simAccount(LocalDate asOf) {
        try (PriceStore store = open()) {
            SimBroker.open(store, CALENDAR, FillModel.DEFAULTS, CASH, asOf);
        }
        return this;
    }

    /** Recorded orders of venue sim: {@code statuses} in upper case, one order each. */
    public HealthHome orders(String... statuses) {
        try (PriceStore store = open()) {
            StoreSql.execute(store, "CREATE TABLE IF NOT EXISTS exec_orders (venue VARCHAR NOT NULL, client_order_id VARCHAR NOT NULL,"
                    + " broker_id VARCHAR, symbol VARCHAR NOT NULL, side VARCHAR NOT NULL, qty DECIMAL(18,6) NOT NULL,"
                    + " status VARCHAR NOT NULL, filled_qty DECIMAL(18,6) NOT NULL, filled_avg_price DECIMAL(18,6),"
                    + " origin VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL, PRIMARY KEY (venue, client_order_id))");
            for (int i = 0; i < statuses.length; i++) {
                StoreSql.execute(store, "INSERT INTO exec_orders VALUES ('sim', 'k-" + i + "', NULL, 'AAA', 'buy', 10, '" + statuses[i]
                        + "', 0, NULL, 'kairos', TIMESTAMP '2026-11-20 21:00:00')");
            }
        }
        return this;
    }

    /** A checkpoint of the run for {@code date}. */
    public HealthHome checkpoint(String date, int position, String stage, Checkpoint.Status status, int exitCode, double seconds,
            Instant finished) {
        Path file = home.resolve("outputs/pipeline").resolve(date).resolve("checkpoints")
                .resolve(String.format(Locale.ROOT, "%02d-%s.json", position, stage));
        Checkpoint checkpoint = new Checkpoint(position, stage, List.of(stage), status, exitCode, "inputs", List.of(),
                finished.minusMillis((long) (seconds * 1000)), finished, seconds);
        try {
            Files.createDirectories(file.getParent());
            Json.mapper().writeValue(file.toFile(), checkpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public HealthHome killSwitch(String reason) {
        new KillSwitch(state(), FRIDAY_AFTER_CLOSE).trip(reason, "test");
        return this;
    }

    /** state/heartbeat as the pipeline writes it. */
    public HealthHome heartbeat(Instant at, String stage, long pid) {
        return write("heartbeat", at + " pipeline " + stage + " pid " + pid + "\n");
    }

    /** state/pipeline.lock held by {@code pid}. */
    public HealthHome lock(long pid) {
        return write("pipeline.lock", String.valueOf(pid));
    }

    public HealthHome write(String stateFile, String text) {
        try {
            Files.createDirectories(state());
            Files.writeString(state().resolve(stateFile), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public KairosConfig config() {
        return KairosConfig.from(home, ConfigLoader.load(ConfigInputs.standard(home, null, Map.of(), Map.of())));
    }

    /** The probe with the store's simulated account as its broker (none when the store has no account). */
    public HealthProbe probe(Clock clock) {
        return probe(clock, store -> store == null ? Optional.empty()
                : SimBroker.asItStands(store, CALENDAR, FillModel.DEFAULTS).map(Broker.class::cast));
    }

    public HealthProbe probe(Clock clock, BrokerSource brokers) {
        return new HealthProbe(config(), CALENDAR, new RebalanceSchedule(CALENDAR, RebalanceFrequency.MONTHLY), brokers, clock);
    }

    private PriceStore open() {
        return PriceStore.open(db(), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }
}
