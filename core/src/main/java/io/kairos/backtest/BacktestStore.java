package io.kairos.backtest;

import io.kairos.KairosException;
import io.kairos.calendar.RebalanceSchedule;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.data.store.StoreTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * A scratch store of its own for one backtest, so that its walk-forward models and their predictions never mix with
 * the operator's (model ids are dates, and the picks take the latest model of a date). It holds the source's prices,
 * tickers and feature catalogue, and the feature and label rows of the rebalance days only: the days the models
 * sample and the picks read.
 */
public final class BacktestStore {

    private static final List<String> WHOLE = List.of("sep_base", "tickers", "feature_catalog");
    private static final List<String> AT_REBALANCE_DAYS = List.of("feat_matrix", "labels");

    private BacktestStore() {
    }

    /**
     * Creates {@code scratch} afresh from {@code source}, which is only read: the feature and label rows of the
     * schedule's rebalance days from the first feature date to {@code end}.
     */
    public static PriceStore create(Path source, Path scratch, RebalanceSchedule schedule, LocalDate end, StoreSettings settings) {
        if (!Files.isRegularFile(source)) {
            throw KairosException.failure("No store at " + source + ": run kairos download first.");
        }
        try {
            Files.createDirectories(scratch.toAbsolutePath().getParent());
            Files.deleteIfExists(scratch);
            Files.deleteIfExists(Path.of(scratch + ".wal"));
        } catch (IOException e) {
            throw KairosException.failure("Cannot prepare the backtest's store " + scratch + ": " + e.getMessage(), e);
        }
        PriceStore store = PriceStore.open(scratch, PriceStore.Access.READ_WRITE, settings);
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("ATTACH " + StoreTables.literal(source.toAbsolutePath().toString()) + " AS src (READ_ONLY)");
            for (String table : WHOLE) {
                requireTable(store, source, table);
                statement.execute("CREATE OR REPLACE TABLE " + table + " AS SELECT * FROM src." + table);
            }
            statement.execute("CREATE TEMP TABLE backtest_days (date DATE PRIMARY KEY)");
            try (PreparedStatement insert = store.connection().prepareStatement("INSERT INTO backtest_days VALUES (?)")) {
                for (LocalDate day : schedule.between(firstFeatureDate(store, source), end)) {
                    insert.setObject(1, day);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            for (String table : AT_REBALANCE_DAYS) {
                requireTable(store, source, table);
                statement.execute("CREATE OR REPLACE TABLE " + table + " AS SELECT * FROM src." + table
                        + " WHERE date IN (SELECT date FROM backtest_days) ORDER BY date, ticker");
            }
            statement.execute("DETACH src");
            return store;
        } catch (SQLException | RuntimeException e) {
            store.close();
            if (e instanceof KairosException known) {
                throw known;
            }
            throw KairosException.failure("Cannot copy " + source + " into the backtest's store " + scratch + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate firstFeatureDate(PriceStore store, Path source) throws SQLException {
        requireTable(store, source, "feat_matrix");
        try (Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery("SELECT min(date) FROM src.feat_matrix")) {
            LocalDate first = rows.next() ? rows.getObject(1, LocalDate.class) : null;
            if (first == null) {
                throw KairosException.failure(source + " has an empty feat_matrix: run kairos features first.");
            }
            return first;
        }
    }

    private static void requireTable(PriceStore store, Path source, String table) throws SQLException {
        try (PreparedStatement select = store.connection().prepareStatement(
                "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'src' AND table_name = ?")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    String stage = table.equals("labels") ? "kairos labels" : table.startsWith("feat") ? "kairos features" : "kairos download";
                    throw KairosException.failure(source + " has no " + table + " table: run " + stage + " first.");
                }
            }
        }
    }
}
