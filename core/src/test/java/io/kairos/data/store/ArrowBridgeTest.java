package io.kairos.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrowBridgeTest {

    private static final List<Column> COLUMNS = List.of(Column.text("ticker"), Column.date("date"), Column.integer("n"),
            Column.number("x"));

    @TempDir
    Path dir;

    private PriceStore store() throws Exception {
        PriceStore store = PriceStore.open(dir.resolve("k.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
        try (Statement statement = store.connection().createStatement()) {
            statement.execute("CREATE TABLE t (ticker VARCHAR, date DATE, n INTEGER, x DOUBLE)");
        }
        return store;
    }

    @Test
    void everyTypeAndNullRoundTrips() throws Exception {
        try (PriceStore store = store()) {
            try (ArrowTableWriter writer = new ArrowTableWriter(store.connection(), "t", COLUMNS, 8)) {
                ColumnBatch batch = writer.emptyBatch();
                Object[][] rows = {
                    {"AAA", LocalDate.of(2024, 3, 4), 1, 1.5}, {"AAA", LocalDate.of(2024, 3, 5), ColumnBatch.NULL_INT, Double.NaN},
                    {null, null, -7, Double.POSITIVE_INFINITY}, {"Ünï", LocalDate.of(1990, 1, 2), 0, -0.25}};
                for (Object[] row : rows) {
                    batch.strings(0)[batch.size] = (String) row[0];
                    batch.ints(1)[batch.size] = row[1] == null ? ColumnBatch.NULL_INT : (int) ((LocalDate) row[1]).toEpochDay();
                    batch.ints(2)[batch.size] = (int) row[2];
                    batch.doubles(3)[batch.size] = (double) row[3];
                    batch.size++;
                }
                writer.submit(batch);
                assertEquals(4, writer.finish());
            }
            assertEquals(List.of("AAA|2024-03-04|1|1.5", "AAA|2024-03-05|null|null", "null|null|-7|null", "Ünï|1990-01-02|0|-0.25"),
                    rows(store.connection(), "SELECT concat_ws('|', coalesce(ticker, 'null'), coalesce(date::VARCHAR, 'null'),"
                            + " coalesce(n::VARCHAR, 'null'), coalesce(x::VARCHAR, 'null')) FROM t ORDER BY rowid"));
        }
    }

    @Test
    void manyBatchesLandInTheOrderTheyWereSubmitted() throws Exception {
        try (PriceStore store = store()) {
            try (ArrowTableWriter writer = new ArrowTableWriter(store.connection(), "t", COLUMNS, 1000)) {
                for (int start = 0; start < 25_000; start += 1000) {
                    ColumnBatch batch = writer.emptyBatch();
                    for (int i = 0; i < 1000; i++) {
                        batch.strings(0)[i] = "T" + ((start + i) / 5000);
                        batch.ints(1)[i] = 19000 + (start + i) % 5000;
                        batch.ints(2)[i] = start + i;
                        batch.doubles(3)[i] = (start + i) * 0.5;
                    }
                    batch.size = 1000;
                    writer.submit(batch);
                }
                assertEquals(25_000, writer.finish());
            }
            assertEquals(List.of("25000|0|24999|156243750.0|true"), rows(store.connection(),
                    "SELECT count(*) || '|' || min(n) || '|' || max(n) || '|' || sum(x) || '|' || bool_and(n = rowid) FROM t"));
        }
    }

    @Test
    void anUnfinishedWriteFailsItsInsertAndTheTransactionRollsBack() throws Exception {
        try (PriceStore store = store()) {
            Connection connection = store.connection();
            connection.setAutoCommit(false);
            try (ArrowTableWriter writer = new ArrowTableWriter(connection, "t", COLUMNS, 4)) {
                ColumnBatch batch = writer.emptyBatch();
                batch.strings(0)[0] = "AAA";
                batch.ints(1)[0] = 19000;
                batch.ints(2)[0] = 1;
                batch.doubles(3)[0] = 1;
                batch.size = 1;
                writer.submit(batch);
            }
            connection.rollback();
            connection.setAutoCommit(true);
            assertEquals(List.of("0"), rows(connection, "SELECT count(*) FROM t"));
        }
    }

    @Test
    void queriesAreReadBatchByBatchWithNullsAsNaNAndNullInt() throws Exception {
        try (PriceStore store = store()) {
            try (Statement statement = store.connection().createStatement()) {
                statement.execute("INSERT INTO t SELECT 'T' || (range % 3), DATE '2024-01-01' + range::INTEGER,"
                        + " CASE WHEN range % 10 = 0 THEN NULL ELSE range END, CASE WHEN range % 7 = 0 THEN NULL ELSE range / 2 END"
                        + " FROM range(10000)");
            }
            double[] sum = {0};
            int[] nulls = {0, 0};
            int[] lastDay = {0};
            long read = ArrowQuery.forEachBatch(store.connection(), "SELECT date, n, x FROM t ORDER BY date", 1024, rows -> {
                assertTrue(rows.size() <= 1024);
                for (int row = 0; row < rows.size(); row++) {
                    int day = rows.getInt(0, row);
                    assertTrue(day > lastDay[0]);
                    lastDay[0] = day;
                    if (rows.getInt(1, row) == ColumnBatch.NULL_INT) {
                        nulls[0]++;
                    }
                    double x = rows.getDouble(2, row);
                    if (Double.isNaN(x)) {
                        nulls[1]++;
                    } else {
                        sum[0] += x;
                    }
                }
            });
            assertEquals(10_000, read);
            assertEquals(1000, nulls[0]);
            assertEquals(1429, nulls[1], "multiples of 7 below 10000");
            assertEquals(LocalDate.of(2024, 1, 1).plusDays(9999).toEpochDay(), lastDay[0]);
            // the sum of range / 2 over rows that are not multiples of 7, as python3 computes it
            assertEquals(21_426_429.0, sum[0], 1e-6);
        }
    }

    private static List<String> rows(Connection connection, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
