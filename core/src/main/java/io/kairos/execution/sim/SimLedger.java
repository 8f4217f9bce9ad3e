package io.kairos.execution.sim;

import io.kairos.execution.OrderSide;
import io.kairos.execution.fill.Fill;
import io.kairos.execution.fill.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The simulated account's money and holdings: {@code sim_account}, {@code sim_positions}, and the fills that change them. */
final class SimLedger {

    /** A position: whole shares held and their average entry price (commission not included). */
    record Holding(String symbol, BigDecimal qty, BigDecimal avgEntryPrice) {
    }

    /** What one session's fills did: the cash they moved, and the shares they added (buys) or took (sells) by symbol. */
    record SessionChange(BigDecimal cash, Map<String, BigDecimal> shares) {
    }

    private final Connection connection;

    SimLedger(Connection connection) {
        this.connection = connection;
    }

    /** The stored as-of session, or empty when the store has no simulated account yet. */
    Optional<LocalDate> asOf() throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT as_of FROM " + SimTables.ACCOUNT)) {
            return rows.next() ? Optional.of(rows.getObject(1, LocalDate.class)) : Optional.empty();
        }
    }

    void create(BigDecimal initialCash, LocalDate asOf) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SimTables.ACCOUNT + " VALUES (?, ?, ?)")) {
            insert.setBigDecimal(1, Money.dollars(initialCash));
            insert.setBigDecimal(2, Money.dollars(initialCash));
            insert.setObject(3, asOf);
            insert.executeUpdate();
        }
    }

    void moveTo(LocalDate asOf) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + SimTables.ACCOUNT + " SET as_of = ?")) {
            update.setObject(1, asOf);
            update.executeUpdate();
        }
    }

    BigDecimal cash() throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT cash FROM " + SimTables.ACCOUNT)) {
            rows.next();
            return rows.getBigDecimal(1);
        }
    }

    /** Every position, by symbol. */
    Map<String, Holding> holdings() throws SQLException {
        Map<String, Holding> holdings = new LinkedHashMap<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "SELECT symbol, qty, avg_entry_price FROM " + SimTables.POSITIONS + " ORDER BY symbol")) {
            while (rows.next()) {
                String symbol = rows.getString(1);
                holdings.put(symbol, new Holding(symbol, BigDecimal.valueOf(rows.getLong(2)), rows.getBigDecimal(3)));
            }
        }
        return holdings;
    }

    SessionChange changeOn(LocalDate session) throws SQLException {
        BigDecimal cash = BigDecimal.ZERO;
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT symbol, side, qty, cash_flow FROM " + SimTables.FILLS
                + " WHERE session = ?")) {
            statement.setObject(1, session);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    BigDecimal qty = BigDecimal.valueOf(rows.getLong(3));
                    shares.merge(rows.getString(1), OrderSide.valueOf(rows.getString(2)) == OrderSide.BUY ? qty : qty.negate(),
                            BigDecimal::add);
                    cash = cash.add(rows.getBigDecimal(4));
                }
            }
        }
        return new SessionChange(cash, shares);
    }

    /** Records a fill of order {@code orderId} on the session and moves cash and the position by it. */
    void record(String orderId, String symbol, LocalDate session, Fill fill) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SimTables.FILLS
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, orderId);
            insert.setObject(2, session);
            insert.setString(3, symbol);
            insert.setString(4, fill.side().name());
            insert.setLong(5, fill.filledQty().longValueExact());
            insert.setBigDecimal(6, fill.referencePrice());
            insert.setBigDecimal(7, fill.executionPrice());
            insert.setBigDecimal(8, fill.commission().dollars());
            insert.setBigDecimal(9, fill.spread().dollars());
            insert.setBigDecimal(10, fill.impact().dollars());
            insert.setBigDecimal(11, fill.cashFlow());
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + SimTables.ACCOUNT + " SET cash = cash + ?")) {
            update.setBigDecimal(1, fill.cashFlow());
            update.executeUpdate();
        }
        Holding held = holdings().get(symbol);
        if (fill.side() == OrderSide.BUY) {
            buy(symbol, held, fill);
        } else {
            sell(symbol, held, fill);
        }
    }

    private void buy(String symbol, Holding held, Fill fill) throws SQLException {
        if (held == null) {
            write("INSERT INTO " + SimTables.POSITIONS + " (qty, avg_entry_price, symbol) VALUES (?, ?, ?)", symbol, fill.filledQty(),
                    fill.executionPrice());
            return;
        }
        BigDecimal qty = held.qty().add(fill.filledQty());
        BigDecimal cost = held.qty().multiply(held.avgEntryPrice()).add(fill.filledQty().multiply(fill.executionPrice()));
        write("UPDATE " + SimTables.POSITIONS + " SET qty = ?, avg_entry_price = ? WHERE symbol = ?", symbol, qty,
                cost.divide(qty, Money.PRICE_DECIMALS, RoundingMode.HALF_UP));
    }

    /** Sells never exceed the position: submissions reserve the shares of open sells. */
    private void sell(String symbol, Holding held, Fill fill) throws SQLException {
        BigDecimal qty = held.qty().subtract(fill.filledQty());
        if (qty.signum() == 0) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + SimTables.POSITIONS + " WHERE symbol = ?")) {
                delete.setString(1, symbol);
                delete.executeUpdate();
            }
        } else {
            write("UPDATE " + SimTables.POSITIONS + " SET qty = ?, avg_entry_price = ? WHERE symbol = ?", symbol, qty,
                    held.avgEntryPrice());
        }
    }

    private void write(String sql, String symbol, BigDecimal qty, BigDecimal price) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, qty.longValueExact());
            statement.setBigDecimal(2, price);
            statement.setString(3, symbol);
            statement.executeUpdate();
        }
    }
}
