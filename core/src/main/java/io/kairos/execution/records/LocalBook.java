package io.kairos.execution.records;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code exec_positions} of one venue: what Kairos's recorded fills say is held. Moved only by fills Kairos records
 * and by reconcile, which sets it to the broker's positions; a flat symbol has no row.
 */
final class LocalBook {

    private final Connection connection;
    private final String venue;

    LocalBook(Connection connection, String venue) {
        this.connection = connection;
        this.venue = venue;
    }

    /** Quantity by symbol. */
    Map<String, BigDecimal> positions() throws SQLException {
        Map<String, BigDecimal> positions = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT symbol, qty FROM " + RecordTables.POSITIONS
                + " WHERE venue = ?")) {
            select.setString(1, venue);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    positions.put(rows.getString(1), LocalOrder.plain(rows.getBigDecimal(2)));
                }
            }
        }
        return positions;
    }

    void add(String symbol, BigDecimal change, Instant now) throws SQLException {
        if (change.signum() != 0) {
            set(symbol, LocalOrder.plain(positions().getOrDefault(symbol, BigDecimal.ZERO).add(change)), now);
        }
    }

    void set(String symbol, BigDecimal qty, Instant now) throws SQLException {
        if (qty.signum() == 0) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + RecordTables.POSITIONS
                    + " WHERE venue = ? AND symbol = ?")) {
                delete.setString(1, venue);
                delete.setString(2, symbol);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + RecordTables.POSITIONS
                + " (venue, symbol, qty, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (venue, symbol) DO UPDATE SET"
                + " qty = excluded.qty, updated_at = excluded.updated_at")) {
            upsert.setString(1, venue);
            upsert.setString(2, symbol);
            upsert.setBigDecimal(3, qty);
            upsert.setObject(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            upsert.executeUpdate();
        }
    }
}
