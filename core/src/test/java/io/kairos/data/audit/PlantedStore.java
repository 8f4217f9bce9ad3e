package io.kairos.data.audit;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * A small store written with plain SQL, so that a test can plant what the loader would refuse. Every bar
 * starts flat: open = close = closeadj = closeunadj, high = close + 1, low = close - 1, volume 1000.
 */
final class PlantedStore implements AutoCloseable {

    static final LocalDate FIRST = LocalDate.of(2024, 3, 1);
    static final LocalDate LAST = LocalDate.of(2024, 4, 30);

    private final PriceStore store;
    private final NyseCalendar calendar;

    PlantedStore(Path file, NyseCalendar calendar) {
        this.store = PriceStore.open(file, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
        this.calendar = calendar;
    }

    PriceStore store() {
        return store;
    }

    /** Flat bars at {@code close} on every session from {@code from} to {@code to}. */
    PlantedStore bars(String ticker, LocalDate from, LocalDate to, double close) throws SQLException {
        try (PreparedStatement insert = store.connection().prepareStatement(
                "INSERT INTO sep_base VALUES (?, ?, ?, ?, ?, ?, 1000, ?, ?, DATE '2024-05-01')")) {
            for (LocalDate session : calendar.sessions(from, to)) {
                insert.setString(1, ticker);
                insert.setObject(2, session);
                insert.setDouble(3, close);
                insert.setDouble(4, close + 1);
                insert.setDouble(5, close - 1);
                insert.setDouble(6, close);
                insert.setDouble(7, close);
                insert.setDouble(8, close);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return this;
    }

    /** Flat bars at {@code close} over the whole planted span. */
    PlantedStore bars(String ticker, double close) throws SQLException {
        return bars(ticker, FIRST, LAST, close);
    }

    PlantedStore sql(String statement) throws SQLException {
        try (Statement run = store.connection().createStatement()) {
            run.execute(statement);
        }
        return this;
    }

    @Override
    public void close() {
        store.close();
    }
}
