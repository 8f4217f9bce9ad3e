package io.kairos.execution.records;

import io.kairos.execution.OrderSide;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code exec_orders} of one venue. */
final class LocalOrders {

    private final Connection connection;
    private final String venue;

    LocalOrders(Connection connection, String venue) {
        this.connection = connection;
        this.venue = venue;
    }

    /** By client order id. */
    Map<String, LocalOrder> all() throws SQLException {
        return select("", null);
    }

    /** The record of one order, or null. */
    LocalOrder get(String clientOrderId) throws SQLException {
        return select(" AND client_order_id = ?", clientOrderId).get(clientOrderId);
    }

    private Map<String, LocalOrder> select(String where, String clientOrderId) throws SQLException {
        Map<String, LocalOrder> orders = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT client_order_id, broker_id, symbol, side, qty, status,"
                + " filled_qty, filled_avg_price, origin FROM " + RecordTables.ORDERS + " WHERE venue = ?" + where
                + " ORDER BY client_order_id")) {
            select.setString(1, venue);
            if (clientOrderId != null) {
                select.setString(2, clientOrderId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalOrder order = new LocalOrder(rows.getString(1), rows.getString(2), rows.getString(3),
                            OrderSide.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)), rows.getBigDecimal(5), rows.getString(6),
                            rows.getBigDecimal(7), rows.getBigDecimal(8), rows.getString(9));
                    orders.put(order.clientOrderId(), order);
                }
            }
        }
        return orders;
    }

    /** Inserts the order, or replaces what was recorded of it. */
    void put(LocalOrder order, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RecordTables.ORDERS
                + " (venue, client_order_id, broker_id, symbol, side, qty, status, filled_qty, filled_avg_price, origin, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (venue, client_order_id) DO UPDATE SET"
                + " broker_id = excluded.broker_id, symbol = excluded.symbol, side = excluded.side, qty = excluded.qty,"
                + " status = excluded.status, filled_qty = excluded.filled_qty, filled_avg_price = excluded.filled_avg_price,"
                + " updated_at = excluded.updated_at")) {
            insert.setString(1, venue);
            insert.setString(2, order.clientOrderId());
            insert.setString(3, order.brokerId());
            insert.setString(4, order.symbol());
            insert.setString(5, order.side().wire());
            insert.setBigDecimal(6, order.qty());
            insert.setString(7, order.status());
            insert.setBigDecimal(8, order.filledQty());
            insert.setBigDecimal(9, order.filledAvgPrice());
            insert.setString(10, order.origin());
            insert.setObject(11, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
