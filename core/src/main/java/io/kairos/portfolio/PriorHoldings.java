package io.kairos.portfolio;

import io.kairos.KairosException;
import io.kairos.data.csv.CsvFields;
import io.kairos.data.store.StoreTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The holdings a rebalance starts from, by ticker, and where they came from: none, the last picks in
 * the store before the rebalance date, or a file with {@code ticker} and {@code weight} columns (a
 * previous picks.csv will do).
 */
record PriorHoldings(String source, Map<String, Double> weights) {

    /** Weights may sum a hair above 1 from rounding in a file. */
    private static final double SUM_TOLERANCE = 1e-9;

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

    /**
     * Reads {@code file}; every ticker must be one of {@code knownTickers}. A bad line is an error naming
     * the file, the line and what to do.
     */
    static PriorHoldings fromFile(Path file, Set<String> knownTickers) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KairosException.failure("Cannot read the prior holdings file " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw KairosException.failure("The prior holdings file " + file + " is empty: it needs a header with ticker and weight.");
        }
        List<String> header = CsvFields.split(lines.get(0));
        int tickerColumn = header.indexOf("ticker");
        int weightColumn = header.indexOf("weight");
        if (tickerColumn < 0 || weightColumn < 0) {
            throw KairosException.failure(file + " line 1: the header " + header + " needs the columns ticker and weight.");
        }
        Map<String, Double> weights = new TreeMap<>();
        double sum = 0;
        for (int index = 1; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            String where = file + " line " + (index + 1) + ": ";
            List<String> fields = CsvFields.split(line);
            if (fields.size() <= Math.max(tickerColumn, weightColumn)) {
                throw KairosException.failure(where + "has " + fields.size() + " fields; the header has " + header.size() + ".");
            }
            String ticker = fields.get(tickerColumn).strip();
            double weight = weight(fields.get(weightColumn).strip(), where);
            if (!knownTickers.contains(ticker)) {
                throw KairosException.failure(where + "ticker " + ticker + " is not in the store's tickers table: fix the file"
                        + " or load that name's prices first.");
            }
            if (weights.put(ticker, weight) != null) {
                throw KairosException.failure(where + "ticker " + ticker + " appears a second time: give each ticker one line.");
            }
            sum += weight;
        }
        if (sum > 1 + SUM_TOLERANCE) {
            throw KairosException.failure(file + ": the weights sum to " + sum + ", above 1 (100% of equity): the rebalance"
                    + " is long-only and unlevered; fix the file.");
        }
        weights.values().removeIf(weight -> weight == 0);
        return new PriorHoldings("the file " + file, weights);
    }

    private static double weight(String text, String where) {
        double weight;
        try {
            weight = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw KairosException.failure(where + "weight '" + text + "' is not a number.");
        }
        if (Double.isNaN(weight) || Double.isInfinite(weight)) {
            throw KairosException.failure(where + "weight " + text + " is not a finite number.");
        }
        if (weight < 0) {
            throw KairosException.failure(where + "weight " + text + " is negative: the rebalance is long-only.");
        }
        return weight;
    }
}
