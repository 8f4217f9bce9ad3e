package io.kairos.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceStoreTest {

    private static final LocalDate MON = LocalDate.of(2024, 3, 4);
    private static final LocalDate TUE = LocalDate.of(2024, 3, 5);

    @TempDir
    Path dir;

    private PriceStore open() {
        return PriceStore.open(dir.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    @Test
    void newStoreGetsTheSchemaAndReopeningKeepsItsVersion() {
        try (PriceStore store = open()) {
            assertEquals(1, store.schemaVersion());
        }
        try (PriceStore store = open()) {
            assertEquals(1, store.schemaVersion());
            assertEquals(1L, scalar(store, "SELECT count(*) FROM schema_version"));
        }
    }

    @Test
    void olderStoreIsUpgradedByTheMigrationsItLacks() {
        Path file = dir.resolve("kairos.duckdb");
        try (PriceStore store = open()) {
            addBar(store, "AAA", MON, 10.0);
        }
        List<Migration> withV2 = List.of(SchemaMigrator.ALL.get(0), new Migration(2, "test table", "V2__test_only.sql"));
        try (PriceStore store = PriceStore.open(file, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS, withV2)) {
            assertEquals(2, store.schemaVersion());
            assertEquals("applied by V2", text(store, "SELECT note FROM upgrade_marker"));
            assertEquals(1L, scalar(store, "SELECT count(*) FROM sep_base"), "upgrading keeps the data");
        }
        KairosException tooNew = assertThrows(KairosException.class, this::open);
        assertTrue(tooNew.getMessage().contains("schema version 2 but this kairos knows versions up to 1"),
                tooNew.getMessage());
    }

    @Test
    void loadingTheSameDaysAgainKeepsOneRowPerTickerAndDate() {
        try (PriceStore store = open()) {
            LoadSummary first = loadTwoDays(store, 10.0);
            assertEquals(4, first.rowsInserted());
            assertEquals(0, first.rowsReplaced());
            assertEquals(2, first.tickers());
            assertEquals(MON, first.firstDate());
            assertEquals(TUE, first.lastDate());

            LoadSummary again = loadTwoDays(store, 11.0);
            assertEquals(4, again.rowsInserted());
            assertEquals(4, again.rowsReplaced());
            assertEquals(4L, scalar(store, "SELECT count(*) FROM sep_base"));
            assertEquals(0L, scalar(store, "SELECT count(*) FROM (SELECT ticker, date FROM sep_base GROUP BY ALL HAVING count(*) > 1)"));
            assertEquals(11.0, (Double) scalarObject(store, "SELECT close FROM sep_base WHERE ticker = 'AAA' AND date = DATE '2024-03-04'"),
                    "the newer load's values win");
            assertEquals(2L, scalar(store, "SELECT count(*) FROM load_log"));
        }
    }

    @Test
    void loadClosedWithoutCommitLeavesNothing() {
        try (PriceStore store = open()) {
            try (PriceLoad load = store.beginLoad("test", "{}")) {
                load.addBar("AAA", MON, 1, 1, 1, 1, 100, 1, 1, MON);
                load.quarantine(new QuarantinedRow("f.csv", 3, "AAA", "2024-03-05", "blank open", ",,"));
            }
            assertEquals(0L, scalar(store, "SELECT count(*) FROM sep_base"));
            assertEquals(0L, scalar(store, "SELECT count(*) FROM sep_quarantine"));
            assertEquals(0L, scalar(store, "SELECT count(*) FROM load_log"));
            assertEquals(0L, scalar(store, "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'load_%' AND table_name <> 'load_log'"),
                    "staging tables never outlive their transaction");
            loadTwoDays(store, 10.0);
            assertEquals(4L, scalar(store, "SELECT count(*) FROM sep_base"), "the connection is usable afterwards");
        }
    }

    @Test
    void duplicateRowsInOneLoadAreRefusedWhole() {
        try (PriceStore store = open()) {
            loadTwoDays(store, 10.0);
            KairosException refused;
            try (PriceLoad load = store.beginLoad("test", "{}")) {
                load.addBar("CCC", MON, 1, 1, 1, 1, 100, 1, 1, MON);
                load.addBar("CCC", MON, 2, 2, 2, 2, 100, 2, 2, MON);
                refused = assertThrows(KairosException.class, load::commit);
            }
            assertTrue(refused.getMessage().contains("CCC 2024-03-04 (2 rows)"), refused.getMessage());
            assertEquals(4L, scalar(store, "SELECT count(*) FROM sep_base"), "the failed load changed nothing");
            assertEquals(0L, scalar(store, "SELECT count(*) FROM tickers WHERE ticker = 'CCC'"));
        }
    }

    @Test
    void missingValuesAreStoredAsNull() {
        try (PriceStore store = open()) {
            try (PriceLoad load = store.beginLoad("test", "{}")) {
                load.addBar("AAA", MON, Double.NaN, Double.NaN, Double.NaN, 5.0, Double.NaN, 5.0, 5.0, MON);
                load.commit();
            }
            assertEquals(1L, scalar(store, "SELECT count(*) FROM sep_base WHERE open IS NULL AND high IS NULL AND volume IS NULL AND close = 5"));
        }
    }

    @Test
    void quarantineOfAFileIsReplacedWhenTheFileIsImportedAgain() {
        try (PriceStore store = open()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PriceLoad load = store.beginLoad("csv", "{}")) {
                    load.readFrom("prices.csv");
                    load.addBar("AAA", MON, 1, 1, 1, 1, 100, 1, 1, MON);
                    load.quarantine(new QuarantinedRow("prices.csv", 3, "AAA", "2024-03-05", "blank open", "2024-03-05,,1,1,1,5,AAA"));
                    assertEquals(1, load.commit().rowsQuarantined());
                }
            }
            assertEquals(1L, scalar(store, "SELECT count(*) FROM sep_quarantine"));
            assertEquals("prices.csv:3 blank open", text(store, "SELECT file || ':' || line || ' ' || reason FROM sep_quarantine"));
        }
    }

    @Test
    void tickerFieldsMergeAndListingDatesComeFromPricesWhenUnknown() {
        try (PriceStore store = open()) {
            try (PriceLoad load = store.beginLoad("test", "{}")) {
                load.addTicker(TickerInfo.withSector("AAA", "Alpha Corp", "Energy", null));
                load.addBar("AAA", MON, 1, 1, 1, 1, 100, 1, 1, MON);
                load.commit();
            }
            try (PriceLoad load = store.beginLoad("test", "{}")) {
                load.addBar("AAA", TUE, 1, 1, 1, 1, 100, 1, 1, TUE);
                load.commit();
            }
            assertEquals("Alpha Corp|Energy|2024-03-04|2024-03-05", text(store,
                    "SELECT name || '|' || sector || '|' || firstpricedate || '|' || lastpricedate FROM tickers WHERE ticker = 'AAA'"),
                    "a later load without names keeps the sector and widens the listing span");
            assertEquals(1L, scalar(store, "SELECT count(*) FROM tickers"));
        }
    }

    @Test
    void secondWriterIsToldWhichProcessHoldsTheStore() throws Exception {
        Path file = dir.resolve("kairos.duckdb");
        open().close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String ready = output.readLine();
            assertTrue(ready != null && ready.startsWith("holding"), "holder did not start: " + ready);

            StoreLockedException locked = assertThrows(StoreLockedException.class, this::open);
            assertEquals(holder.pid(), locked.holderPid().orElseThrow());
            assertTrue(locked.getMessage().startsWith("The store " + file.toAbsolutePath() + " is locked by another process: PID "
                    + holder.pid()), locked.getMessage());
            assertTrue(locked.getMessage().endsWith("Wait for it to finish or stop it, then run this command again."));
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (PriceStore store = open()) {
            assertEquals(1, store.schemaVersion(), "once the holder is gone the store opens");
        }
    }

    @Test
    void readOnlyOpenOfAMissingStoreSaysWhatToDo() {
        Path missing = dir.resolve("nothing-here.duckdb");
        KairosException error = assertThrows(KairosException.class,
                () -> PriceStore.open(missing, PriceStore.Access.READ_ONLY, StoreSettings.DEFAULTS));
        assertEquals("No store at " + missing.toAbsolutePath()
                + ": load prices first (kairos download --source ...) or point --db at an existing store.", error.getMessage());
    }

    @Test
    void readOnlyStoreRefusesWrites() {
        open().close();
        try (PriceStore store = PriceStore.open(dir.resolve("kairos.duckdb"), PriceStore.Access.READ_ONLY, StoreSettings.DEFAULTS);
                Statement statement = store.connection().createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute("DELETE FROM sep_base"));
            assertTrue(refused.getMessage().toLowerCase().contains("read-only"), refused.getMessage());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static LoadSummary loadTwoDays(PriceStore store, double close) {
        try (PriceLoad load = store.beginLoad("test", "{}")) {
            for (String ticker : List.of("AAA", "BBB")) {
                for (LocalDate date : List.of(MON, TUE)) {
                    load.addBar(ticker, date, close, close, close, close, 1000, close, close, date);
                }
            }
            return load.commit();
        }
    }

    private static void addBar(PriceStore store, String ticker, LocalDate date, double close) {
        try (PriceLoad load = store.beginLoad("test", "{}")) {
            load.addBar(ticker, date, close, close, close, close, 1000, close, close, date);
            load.commit();
        }
    }

    static long scalar(PriceStore store, String sql) {
        return ((Number) scalarObject(store, sql)).longValue();
    }

    static String text(PriceStore store, String sql) {
        return String.valueOf(scalarObject(store, sql));
    }

    static Object scalarObject(PriceStore store, String sql) {
        try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
