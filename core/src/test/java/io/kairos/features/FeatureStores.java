package io.kairos.features;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.data.synthetic.SyntheticMarket;
import io.kairos.data.synthetic.SyntheticSpec;
import io.kairos.ops.ProgressListener;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stores for the feature tests: synthetic markets, hand-made price rows, and exact comparisons of feature tables. */
final class FeatureStores {

    static final NyseCalendar CALENDAR = NyseCalendar.create();

    private FeatureStores() {
    }

    static PriceStore open(Path file) {
        return PriceStore.open(file, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    /** A store holding the synthetic market of {@code tickers} names over the NYSE sessions of {@code years} years to {@code end}. */
    static PriceStore synthetic(Path file, int tickers, int years, LocalDate end) {
        PriceStore store = open(file);
        new SyntheticMarket(new SyntheticSpec(tickers, years, 11), CALENDAR.sessions(end.minusYears(years).plusDays(1), end))
                .loadInto(store, ProgressListener.NONE);
        return store;
    }

    static FeatureBuildSummary build(PriceStore store, FeatureBuilder.Mode mode) {
        return FeatureBuilder.build(store, mode, ProgressListener.NONE);
    }

    /** One price row; NaN stands for NULL. */
    record Bar(String ticker, LocalDate date, double open, double high, double low, double close, double volume, double closeadj) {

        /** A bar whose open, high, low and closes are all {@code price}. */
        static Bar flat(String ticker, LocalDate date, double price, double volume) {
            return new Bar(ticker, date, price, price, price, price, volume, price);
        }
    }

    static void insert(PriceStore store, List<Bar> bars) {
        try (PreparedStatement insert = store.connection().prepareStatement(
                "INSERT INTO sep_base VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Bar bar : bars) {
                insert.setString(1, bar.ticker());
                insert.setObject(2, bar.date());
                setNumber(insert, 3, bar.open());
                setNumber(insert, 4, bar.high());
                setNumber(insert, 5, bar.low());
                setNumber(insert, 6, bar.close());
                setNumber(insert, 7, bar.volume());
                setNumber(insert, 8, bar.closeadj());
                setNumber(insert, 9, bar.close());
                insert.setObject(10, bar.date());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static void setSector(PriceStore store, String ticker, String sector) {
        StoreSql.execute(store, "DELETE FROM tickers WHERE ticker = '" + ticker + "'");
        StoreSql.execute(store, "INSERT INTO tickers (ticker, sector) VALUES ('" + ticker + "', "
                + (sector == null ? "NULL" : "'" + sector + "'") + ")");
    }

    private static void setNumber(PreparedStatement insert, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            insert.setNull(index, java.sql.Types.DOUBLE);
        } else {
            insert.setDouble(index, value);
        }
    }

    /** A feature of one row, or null. */
    static Double feature(PriceStore store, Feature feature, String ticker, LocalDate date) {
        List<List<Object>> rows = StoreSql.rows(store, "SELECT " + feature.column() + " FROM feat_matrix WHERE ticker = '" + ticker
                + "' AND date = DATE '" + date + "'");
        if (rows.size() != 1) {
            throw new AssertionError("expected one feat_matrix row for " + ticker + " " + date + ", got " + rows.size());
        }
        return (Double) rows.get(0).get(0);
    }

    /**
     * Compares {@code feat_matrix} of {@code store} with that of the store in {@code otherFile}, value
     * for value (NULL equals NULL, numbers must be identical), over the rows dated on or before
     * {@code through}: the number of differing rows per column, with "rows" counting rows only one side has.
     */
    static Map<String, Long> differences(PriceStore store, Path otherFile, LocalDate through) {
        StoreSql.execute(store, "ATTACH '" + otherFile + "' AS other (READ_ONLY)");
        try {
            StringBuilder sql = new StringBuilder("SELECT count(*) FILTER (WHERE a.ticker IS NULL OR b.ticker IS NULL)");
            for (Feature feature : Feature.values()) {
                sql.append(", count(*) FILTER (WHERE a.").append(feature.column()).append(" IS DISTINCT FROM b.")
                        .append(feature.column()).append(')');
            }
            sql.append(" FROM (SELECT * FROM feat_matrix WHERE date <= DATE '").append(through).append("') a")
                    .append(" FULL OUTER JOIN (SELECT * FROM other.feat_matrix WHERE date <= DATE '").append(through)
                    .append("') b USING (ticker, date)");
            List<Object> counts = StoreSql.rows(store, sql.toString()).get(0);
            Map<String, Long> differences = new LinkedHashMap<>();
            if (((Number) counts.get(0)).longValue() > 0) {
                differences.put("rows", ((Number) counts.get(0)).longValue());
            }
            for (Feature feature : Feature.values()) {
                long differing = ((Number) counts.get(feature.ordinal() + 1)).longValue();
                if (differing > 0) {
                    differences.put(feature.column(), differing);
                }
            }
            return differences;
        } finally {
            StoreSql.execute(store, "DETACH other");
        }
    }
}
