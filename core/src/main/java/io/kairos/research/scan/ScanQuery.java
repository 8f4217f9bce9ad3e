package io.kairos.research.scan;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every ticker's {@link TickerMetrics} from {@code sep_base} in one query. The sessions are the store's own dates: the
 * scan date and the {@code lookback} dates before it make the lookback, and the date before those is the base of the
 * return and the previous close of the first true range. A ticker without a row on every one of those
 * {@code lookback + 1} dates has no full lookback and is left out.
 */
final class ScanQuery {

    private static final String SQL = """
            WITH sessions AS (
                SELECT DISTINCT date FROM sep_base WHERE date <= ? ORDER BY date DESC LIMIT ?
            ), bounds AS (
                SELECT min(date) AS base, max(date) AS last, count(*) AS sessions FROM sessions
            ), bars AS (
                SELECT p.ticker, p.date, p.high, p.low, p.close, p.volume,
                       lag(p.close) OVER (PARTITION BY p.ticker ORDER BY p.date) AS previous_close
                FROM sep_base p, bounds b WHERE p.date BETWEEN b.base AND b.last
            )
            SELECT ticker,
                   avg(close * volume) FILTER (WHERE date > base) AS adv,
                   avg(greatest(high, previous_close) - least(low, previous_close)) FILTER (WHERE date > base) AS atr,
                   max(close) FILTER (WHERE date = last) AS last_close,
                   max(close) FILTER (WHERE date = base) AS base_close,
                   max(volume) FILTER (WHERE date = last) AS last_volume,
                   avg(volume) FILTER (WHERE date > base) AS mean_volume
            FROM bars, bounds
            GROUP BY ticker, base, last, sessions
            HAVING count(*) = sessions AND last_close > 0 AND base_close > 0
            ORDER BY ticker
            """;

    private ScanQuery() {
    }

    /** The figures of every ticker with a full lookback ending on {@code date}, by ticker. */
    static List<TickerMetrics> run(PriceStore store, LocalDate date, ScanSettings settings) {
        requireSessions(store, date, settings.lookback());
        List<TickerMetrics> metrics = new ArrayList<>();
        try (PreparedStatement query = store.connection().prepareStatement(SQL)) {
            query.setObject(1, date);
            query.setInt(2, settings.lookback() + 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    metrics.add(metrics(rows, settings));
                }
            }
            return metrics;
        } catch (SQLException e) {
            throw KairosException.failure("Cannot scan the prices of " + store.file() + ": " + e.getMessage(), e);
        }
    }

    private static TickerMetrics metrics(ResultSet rows, ScanSettings settings) throws SQLException {
        double adv = number(rows, "adv");
        double lastClose = number(rows, "last_close");
        double atrPct = number(rows, "atr") / lastClose * 100;
        double meanVolume = number(rows, "mean_volume");
        double surge = meanVolume > 0 ? number(rows, "last_volume") / meanVolume : Double.NaN;
        return new TickerMetrics(rows.getString("ticker"), adv, atrPct, (lastClose / number(rows, "base_close") - 1) * 100, surge,
                lastClose, adv >= settings.minAdv(), atrPct >= settings.minAtrPct());
    }

    /** A missing value (no volume, no high or low) is NaN, which passes no screen. */
    private static double number(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    /** The scan date must be a date of the store with {@code lookback} dates before it. */
    private static void requireSessions(PriceStore store, LocalDate date, int lookback) {
        try (PreparedStatement query = store.connection().prepareStatement(
                "SELECT count(DISTINCT date), max(date) = ? FROM sep_base WHERE date <= ?")) {
            query.setObject(1, date);
            query.setObject(2, date);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long sessions = rows.getLong(1);
                if (!rows.getBoolean(2)) {
                    throw KairosException.usage("The store " + store.file() + " has no prices on " + date
                            + ": give a --date on which it has prices (kairos db info shows its range).");
                }
                if (sessions < lookback + 1) {
                    throw KairosException.usage("The store " + store.file() + " has " + sessions + " dates of prices up to " + date
                            + ", and a lookback of " + lookback + " needs " + (lookback + 1)
                            + ": give a shorter --lookback or a later --date.");
                }
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the dates of " + store.file() + ": " + e.getMessage(), e);
        }
    }
}
