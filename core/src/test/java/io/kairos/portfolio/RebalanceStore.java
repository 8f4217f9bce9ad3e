package io.kairos.portfolio;

import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.model.ModelTables;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A small store ready to rebalance on {@link #DATE}: 30 Tech and 30 Energy names with a year of prices,
 * feat_matrix (vol_blend, adv_20) and calibrated predictions of model {@value #MODEL} on the date. The
 * top 8 by probability are T01..T06 (Tech, volatility 0.20) and E01, E02 (Energy, volatility 0.10);
 * the 52 others have probability 0.30 and volatility 0.30. Every name trades $5M a day.
 */
public final class RebalanceStore implements AutoCloseable {

    public static final NyseCalendar CALENDAR = NyseCalendar.create();
    public static final LocalDate DATE = LocalDate.of(2026, 10, 30);
    static final String MODEL = "2026-10-30";

    final PriceStore store;

    public RebalanceStore(Path file) throws SQLException {
        store = PriceStore.open(file, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
        ModelTables.createIfMissing(store.connection());
        StoreSql.execute(store, "CREATE TABLE feat_matrix (ticker VARCHAR, date DATE, vol_blend DOUBLE, adv_20 DOUBLE)");
        StoreSql.execute(store, "INSERT INTO model_registry VALUES ('" + MODEL + "', TIMESTAMP '2026-10-30 22:00:00', DATE '"
                + DATE + "', 'outputs/models/" + MODEL + "', 'monthly', 20, 42, 2, DATE '2025-01-31', DATE '2026-09-30', 'platt', '{}')");
        List<LocalDate> sessions = CALENDAR.sessions(DATE.minusDays(400), DATE);
        StoreSql.execute(store, "CREATE TEMP TABLE sessions AS SELECT * FROM (VALUES " + IntStream.range(0, sessions.size())
                .mapToObj(s -> "(" + s + ", DATE '" + sessions.get(s) + "')").collect(Collectors.joining(", ")) + ") t(s, date)");
        for (int i = 1; i <= 30; i++) {
            boolean top = i <= 6;
            name(String.format("T%02d", i), "Technology", top ? 0.20 : 0.30, top ? 0.90 - i * 0.01 : 0.30, i);
        }
        for (int i = 1; i <= 30; i++) {
            boolean top = i <= 2;
            name(String.format("E%02d", i), "Energy", top ? 0.10 : 0.30, top ? 0.95 - i * 0.01 : 0.30, 30 + i);
        }
    }

    /** One name: its ticker row, prices (a wave whose period depends on seed), features and prediction on DATE. */
    private void name(String ticker, String sector, double volatility, double probability, int seed) {
        StoreSql.execute(store, "INSERT INTO tickers (ticker, sector, isdelisted) VALUES ('" + ticker + "', '" + sector + "', false)");
        StoreSql.execute(store, "INSERT INTO sep_base (ticker, date, open, high, low, close, volume, closeadj) SELECT '"
                + ticker + "', date, c, c, c, c, 100000, c FROM (SELECT date, 50 * (1 + 0.05 * sin(s * (0.05 + 0.013 * " + seed
                + ")) + 0.0005 * s * " + (seed % 3) + ") AS c FROM sessions)");
        StoreSql.execute(store, "INSERT INTO feat_matrix VALUES ('" + ticker + "', DATE '" + DATE + "', " + volatility + ", 5000000)");
        StoreSql.execute(store, "INSERT INTO predictions VALUES ('" + MODEL + "', '" + ticker + "', DATE '" + DATE + "', 0, "
                + probability + ", " + probability + ")");
    }

    /** The settings of the tests: top 8, a volatility target no portfolio reaches (gross stays at 100%). */
    static KairosConfig.Portfolio settings(double maxPositionPct, double maxSectorMult, double maxTurnover) {
        return new KairosConfig.Portfolio(8, 10.0, 2_000_000, maxPositionPct, maxSectorMult, 0.5, maxTurnover, "prob",
                "vol_blend", "adv_20", "inverse_vol", 50, 252);
    }

    /** Records holdings as the picks of an earlier rebalance. */
    void priorPicks(LocalDate date, List<String> tickers, double weight) throws SQLException {
        RebalanceTables.createIfMissing(store.connection());
        for (String ticker : tickers) {
            StoreSql.execute(store, "INSERT INTO rebalance_picks VALUES (DATE '" + date + "', '" + ticker + "', 'Technology', "
                    + weight + ", 0, 0.8, 0.8, 0.2, 5000000, DATE '" + date + "', 'earlier')");
        }
    }

    public PriceStore store() {
        return store;
    }

    /** Records holdings as the picks of an earlier rebalance (public for the command-line tests). */
    public void recordPicks(LocalDate date, List<String> tickers, double weight) throws SQLException {
        priorPicks(date, tickers, weight);
    }

    @Override
    public void close() {
        store.close();
    }
}
