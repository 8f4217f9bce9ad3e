package io.kairos.portfolio;

import io.kairos.KairosException;
import io.kairos.data.store.StoreTables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The holdings a rebalance starts from, by ticker, and where they came from: none, the last picks in
 * the store before the rebalance date, or a file with {@code ticker} and {@code weight} columns (a
 * previous picks.csv will do).
 */
record PriorHoldings(String source, Map<String, Double> weights) {

    PriorHoldings {
        weights = Collections.unmodifiableMap(new TreeMap<>(weights));
    }

    static PriorHoldings none() {
        return new PriorHoldings("none", Map.of());
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The picks of the latest rebalance in the store dated before {@code date}; none when there is none. */
    static PriorHoldings fromStore(Connection connection, LocalDate date) throws SQLException {
        if (!StoreTables.exists(connection, RebalanceTables.PICKS)) {
            return none();
        }
        LocalDate last = RebalanceSql.date(connection, "SELECT max(rebalance_date) FROM " + RebalanceTables.PICKS
                + " WHERE rebalance_date < ?", date);
        if (last == null) {
            return none();
        }
        Map<String, Double> weights = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT ticker, weight FROM " + RebalanceTables.PICKS
                + " WHERE rebalance_date = ? AND weight > 0")) {
            statement.setObject(1, last);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    weights.put(rows.getString(1), rows.getDouble(2));
                }
            }
        }
        return new PriorHoldings("the picks of " + last + " in " + RebalanceTables.PICKS, weights);
    }

    /** Reads {@code file} ({@link WeightsFile}); every ticker must be one of {@code knownTickers}. */
    static PriorHoldings fromFile(Path file, Set<String> knownTickers) {
        WeightsFile read = WeightsFile.read(file);
        Map<String, Double> weights = new TreeMap<>();
        read.weights().forEach((ticker, weight) -> {
            if (!knownTickers.contains(ticker)) {
                throw KairosException.failure(read.where(ticker) + "ticker " + ticker + " is not in the store's tickers table:"
                        + " fix the file or load that name's prices first.");
            }
            if (weight > 0) {
                weights.put(ticker, weight);
            }
        });
        return new PriorHoldings("the file " + file, weights);
    }

    /** Weights read elsewhere (the broker's positions); every ticker must be one of {@code knownTickers}. */
    static PriorHoldings given(String source, Map<String, Double> weights, Set<String> knownTickers) {
        Map<String, Double> held = new TreeMap<>();
        weights.forEach((ticker, weight) -> {
            if (!knownTickers.contains(ticker)) {
                throw KairosException.failure(source + " holds " + ticker + ", which is not in the store's tickers table: load"
                        + " its prices first, or start with --no-prior.");
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw KairosException.failure(source + " gives " + ticker + " the weight " + weight + ": the rebalance is"
                        + " long-only; close the position or start with --no-prior.");
            }
            if (weight > 0) {
                held.put(ticker, weight);
            }
        });
        return new PriorHoldings(source, held);
    }
}
