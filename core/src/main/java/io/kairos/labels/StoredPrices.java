package io.kairos.labels;

import io.kairos.KairosException;
import io.kairos.data.store.ArrowQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every usable price of the store, ticker by ticker in date order, held in two flat arrays (12 bytes
 * a row: about 175 MB for 14.5 million rows). Read whole before any label is written, because the
 * cross-sectional medians need every ticker and the Arrow writer needs the connection to itself. A
 * row is usable when its {@code closeadj} is a positive number; any other row is treated as a day
 * without a price.
 */
final class StoredPrices {

    private static final String USABLE = "closeadj > 0 AND isfinite(closeadj)";
    private static final int BATCH_ROWS = 65_536;

    private final List<String> tickers;
    private final boolean[] delisted;
    /** Where each ticker's rows start, and one past the last ticker's. */
    private final int[] starts;
    private final int[] days;
    private final double[] closes;
    private final int firstDay;
    private final int lastDay;

    private StoredPrices(TickerList list, int[] starts, int[] days, double[] closes) {
        this.tickers = list.names();
        this.delisted = list.delisted();
        this.starts = starts;
        this.days = days;
        this.closes = closes;
        this.firstDay = Arrays.stream(days).min().orElse(0);
        this.lastDay = Arrays.stream(days).max().orElse(0);
    }

    static StoredPrices read(Connection connection) {
        TickerList list = TickerList.read(connection);
        int[] starts = new int[list.names().size() + 1];
        int[] days = new int[list.rows()];
        double[] closes = new double[list.rows()];
        int[] filled = {0};
        // tickers are numbered in the order of the list, so a row carries an int, not a string (and sorts faster)
        ArrowQuery.forEachBatch(connection, """
                WITH ids AS (SELECT ticker, (row_number() OVER (ORDER BY ticker) - 1)::INTEGER AS ticker_id
                             FROM (SELECT DISTINCT ticker FROM sep_base WHERE %1$s))
                SELECT ids.ticker_id, s.date, s.closeadj FROM sep_base s JOIN ids USING (ticker)
                WHERE %1$s ORDER BY ids.ticker_id, s.date""".formatted(USABLE), BATCH_ROWS, batch -> {
                    for (int row = 0; row < batch.size(); row++) {
                        int at = filled[0]++;
                        starts[batch.getInt(0, row) + 1] = at + 1;
                        days[at] = batch.getInt(1, row);
                        closes[at] = batch.getDouble(2, row);
                    }
                });
        return new StoredPrices(list, starts, days, closes);
    }

    /** The epoch day of the earliest usable price. */
    int firstDay() {
        return firstDay;
    }

    /** The epoch day of the latest usable price. */
    int lastDay() {
        return lastDay;
    }

    int tickers() {
        return tickers.size();
    }

    PriceSeries series(int ticker) {
        return new PriceSeries(tickers.get(ticker), delisted[ticker], days, closes, starts[ticker],
                starts[ticker + 1] - starts[ticker]);
    }

    /** The tickers with usable prices in name order, whether each is delisted, and their rows in all. */
    private record TickerList(List<String> names, boolean[] delisted, int rows) {

        static TickerList read(Connection connection) {
            List<String> names = new ArrayList<>();
            List<Boolean> flags = new ArrayList<>();
            int rows = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet found = statement.executeQuery("""
                            SELECT p.ticker, p.rows, coalesce(t.isdelisted, false)
                            FROM (SELECT ticker, count(*) AS rows FROM sep_base WHERE %s GROUP BY ticker) p
                            LEFT JOIN (SELECT ticker, bool_or(isdelisted) AS isdelisted FROM tickers GROUP BY ticker) t
                                USING (ticker)
                            ORDER BY p.ticker""".formatted(USABLE))) {
                while (found.next()) {
                    names.add(found.getString(1));
                    rows = Math.addExact(rows, found.getInt(2));
                    flags.add(found.getBoolean(3));
                }
            } catch (SQLException e) {
                throw KairosException.failure("Cannot read the tickers of the store: " + e.getMessage(), e);
            }
            boolean[] delisted = new boolean[flags.size()];
            for (int i = 0; i < delisted.length; i++) {
                delisted[i] = flags.get(i);
            }
            return new TickerList(List.copyOf(names), delisted, rows);
        }
    }
}
