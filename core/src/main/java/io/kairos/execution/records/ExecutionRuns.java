package io.kairos.execution.records;

import io.kairos.execution.ExecutionPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code exec_runs} and {@code exec_targets} of one venue. */
final class ExecutionRuns {

    private final Connection connection;
    private final String venue;

    ExecutionRuns(Connection connection, String venue) {
        this.connection = connection;
        this.venue = venue;
    }

    /** Records the plan's picks and the equity they were sized from; a picks file executed again keeps its first row. */
    void record(ExecutionPlan plan, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RecordTables.RUNS + " (venue, fingerprint,"
                + " rebalance_date, data_date, trade_date, picks_file, equity, executed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            insert.setString(1, venue);
            insert.setString(2, plan.picks().fingerprint());
            insert.setObject(3, plan.picks().rebalanceDate());
            insert.setObject(4, plan.picks().dataDate());
            insert.setObject(5, plan.tradeDate());
            insert.setString(6, plan.picks().file().toString());
            insert.setBigDecimal(7, plan.account().equity());
            insert.setObject(8, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RecordTables.TARGETS
                + " (venue, fingerprint, ticker, weight) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Map.Entry<String, Double> target : plan.picks().weights().weights().entrySet()) {
                insert.setString(1, venue);
                insert.setString(2, plan.picks().fingerprint());
                insert.setString(3, target.getKey());
                insert.setDouble(4, target.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Oldest first (by rebalance date, then by when they ran). */
    List<RecordedRun> all() throws SQLException {
        List<RecordedRun> runs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT fingerprint, rebalance_date, data_date, trade_date,"
                + " picks_file, equity, executed_at FROM " + RecordTables.RUNS + " WHERE venue = ? ORDER BY rebalance_date, executed_at")) {
            select.setString(1, venue);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(new RecordedRun(rows.getString(1), rows.getObject(2, java.time.LocalDate.class),
                            rows.getObject(3, java.time.LocalDate.class), rows.getObject(4, java.time.LocalDate.class), rows.getString(5),
                            rows.getBigDecimal(6), rows.getObject(7, Timestamp.class).toLocalDateTime().toInstant(ZoneOffset.UTC),
                            weights(rows.getString(1))));
                }
            }
        }
        return runs;
    }

    private Map<String, Double> weights(String fingerprint) throws SQLException {
        Map<String, Double> weights = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ticker, weight FROM " + RecordTables.TARGETS
                + " WHERE venue = ? AND fingerprint = ?")) {
            select.setString(1, venue);
            select.setString(2, fingerprint);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    weights.put(rows.getString(1), rows.getDouble(2));
                }
            }
        }
        return weights;
    }
}
