package io.kairos.labels;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A store in a test folder: prices planted with plain SQL for hand-checked labels (each ticker gets
 * {@code closeadj} values on dates the test names; the other price columns copy it), labels built
 * and read back.
 */
final class TestStore implements AutoCloseable {

    private final PriceStore store;

    TestStore(Path file) {
        this.store = PriceStore.open(file, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    PriceStore store() {
        return store;
    }

    /** Rows for {@code ticker}: {@code dates.get(i)} closes at {@code closes[i]}. */
    TestStore prices(String ticker, List<LocalDate> dates, double... closes) throws SQLException {
        if (dates.size() != closes.length) {
            throw new IllegalArgumentException(dates.size() + " dates for " + closes.length + " closes");
        }
        try (PreparedStatement insert = store.connection().prepareStatement(
                "INSERT INTO sep_base VALUES (?, ?, ?, ?, ?, ?, 1000, ?, ?, DATE '2024-05-01')")) {
            for (int i = 0; i < closes.length; i++) {
                insert.setString(1, ticker);
                insert.setObject(2, dates.get(i));
                for (int column = 3; column <= 8; column++) {
                    insert.setDouble(column, closes[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return this;
    }

    TestStore delisted(String ticker) throws SQLException {
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("INSERT INTO tickers (ticker, isdelisted) VALUES ('" + ticker + "', true)");
        }
        return this;
    }

    LabelSummary build(KairosConfig.Labels settings) {
        return new LabelBuilder(LabelsTestSupport.CALENDAR, settings).build(store, ProgressListener.NONE);
    }

    /** The label rows of {@code ticker} in date order. */
    List<LabelRow> labels(String ticker) throws SQLException {
        List<LabelRow> rows = new ArrayList<>();
        try (PreparedStatement query = store.connection().prepareStatement(
                "SELECT * FROM labels WHERE ticker = ? ORDER BY date")) {
            query.setString(1, ticker);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    rows.add(LabelRow.of(found));
                }
            }
        }
        return rows;
    }

    /** The row of {@code ticker} on {@code date}. */
    LabelRow label(String ticker, LocalDate date) throws SQLException {
        return labels(ticker).stream().filter(row -> row.date().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no label row for " + ticker + " on " + date));
    }

    @Override
    public void close() {
        store.close();
    }
}
