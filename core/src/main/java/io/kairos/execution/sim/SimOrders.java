package io.kairos.execution.sim;

import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.OrderType;
import io.kairos.execution.TimeInForce;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code sim_orders}, read with the sums of their fills from {@code sim_fills}. */
final class SimOrders {

    private static final String SELECT = "SELECT o.id, o.client_order_id, o.symbol, o.side, o.qty, o.type, o.time_in_force, o.status,"
            + " o.submitted_on, o.submitted_at, o.last_session, o.filled_at, coalesce(f.qty, 0), coalesce(f.value, 0) FROM "
            + SimTables.ORDERS + " o LEFT JOIN (SELECT order_id, CAST(sum(qty) AS BIGINT) AS qty, sum(qty * price) AS value"
            + " FROM " + SimTables.FILLS + " GROUP BY order_id) f ON f.order_id = o.id";
    private static final String OPEN = " WHERE o.status IN ('" + OrderStatus.ACCEPTED + "', '" + OrderStatus.PARTIALLY_FILLED + "')";

    private final Connection connection;

    SimOrders(Connection connection) {
        this.connection = connection;
    }

    /** The next order id: sim-00000001, sim-00000002, ... so that ids sort oldest first. */
    String nextId() throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM " + SimTables.ORDERS)) {
            rows.next();
            return String.format(Locale.ROOT, "sim-%08d", rows.getLong(1) + 1);
        }
    }

    Optional<SimOrder> byClientId(String clientOrderId) throws SQLException {
        List<SimOrder> found = query(SELECT + " WHERE o.client_order_id = ?", clientOrderId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Oldest first. */
    List<SimOrder> all(boolean openOnly) throws SQLException {
        return query(SELECT + (openOnly ? OPEN : "") + " ORDER BY o.id");
    }

    void insert(SimOrder order) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SimTables.ORDERS
                + " (id, client_order_id, symbol, side, qty, type, time_in_force, status, submitted_on, submitted_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, order.id());
            insert.setString(2, order.clientOrderId());
            insert.setString(3, order.symbol());
            insert.setString(4, order.side().name());
            insert.setLong(5, order.qty().longValueExact());
            insert.setString(6, order.type().name());
            insert.setString(7, order.timeInForce().name());
            insert.setString(8, order.status().name());
            insert.setObject(9, order.submittedOn());
            insert.setObject(10, utc(order.submittedAt()));
            insert.executeUpdate();
        }
    }

    /** Writes the order's status, last session and fill time. */
    void update(SimOrder order) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + SimTables.ORDERS
                + " SET status = ?, last_session = ?, filled_at = ? WHERE id = ?")) {
            update.setString(1, order.status().name());
            update.setObject(2, order.lastSession());
            update.setObject(3, order.filledAt() == null ? null : utc(order.filledAt()));
            update.setString(4, order.id());
            update.executeUpdate();
        }
    }

    private List<SimOrder> query(String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<SimOrder> orders = new ArrayList<>();
                while (rows.next()) {
                    orders.add(new SimOrder(rows.getString(1), rows.getString(2), rows.getString(3),
                            OrderSide.valueOf(rows.getString(4)), BigDecimal.valueOf(rows.getLong(5)),
                            OrderType.valueOf(rows.getString(6)), TimeInForce.valueOf(rows.getString(7)),
                            OrderStatus.valueOf(rows.getString(8)),
                            rows.getObject(9, LocalDate.class), instant(rows.getObject(10, LocalDateTime.class)),
                            rows.getObject(11, LocalDate.class), instant(rows.getObject(12, LocalDateTime.class)),
                            BigDecimal.valueOf(rows.getLong(13)), rows.getBigDecimal(14)));
                }
                return orders;
            }
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
