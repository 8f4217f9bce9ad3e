package io.kairos.execution;

import io.kairos.KairosException;
import io.kairos.data.store.StoreTables;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The prices orders are sized at: each name's last {@code close} in {@code sep_base} on or before the
 * decision date (split-adjusted as of the data, which is the traded price for any recent date). The
 * execution report measures slippage against them.
 */
public final class DecisionPrices {

    /** A price and the date it is from (the pre-trade checks refuse one that is too old). */
    public record Price(BigDecimal value, LocalDate date) {
    }

    private DecisionPrices() {
    }

    public static Map<String, Price> read(Connection connection, Collection<String> tickers, LocalDate onOrBefore) {
        Map<String, Price> prices = new TreeMap<>();
        if (tickers.isEmpty()) {
            return prices;
        }
        String names = StoreTables.literals(tickers);
        try (PreparedStatement statement = connection.prepareStatement("SELECT ticker, arg_max(close, date), max(date)"
                + " FROM sep_base WHERE date <= ? AND close > 0 AND ticker IN (" + names + ") GROUP BY ticker")) {
            statement.setObject(1, onOrBefore);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    prices.put(rows.getString(1), new Price(rows.getBigDecimal(2).stripTrailingZeros(), rows.getObject(3, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the decision prices: " + e.getMessage(), e);
        }
        return prices;
    }
}
