package io.kairos.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import hands rows to DuckDB as text chunks; these tests pin what that path must guarantee. */
class ChunkedImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    /** Weekdays of March 2024 that are NYSE sessions (Good Friday 29 March is not). */
    private static final List<String> SESSIONS = List.of("2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08",
            "2024-03-11", "2024-03-12", "2024-03-13");

    @TempDir
    Path dir;

    private PriceStore store() {
        return PriceStore.open(dir.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    private static CsvImport.Report run(PriceStore store, List<Path> files, boolean strict, int rowsPerChunk) {
        return new CsvImport(CsvImportTest.nyseSessions(), TODAY, rowsPerChunk).run(store,
                new CsvImport.Request(files, Optional.empty(), Optional.empty(), strict), ProgressListener.NONE);
    }

    @Test
    void everyDecimalSpellingIsStoredAsTheDoubleJavaReads() throws Exception {
        String[] spellings = {".5", "5.", "+3", "-2.5", "1e3", "1.5E-3", "0.0001", "17.87", "69.0842", "123456789012345",
            "35.785", "0.1", "1858900.0", " 12.25 ", "3.14159265358979323846", "007.50"};
        StringBuilder text = new StringBuilder("date,open,high,low,close,volume,Name\n");
        for (int i = 0; i < spellings.length; i++) {
            text.append(SESSIONS.get(i % SESSIONS.size())).append(",1,1,1,").append(spellings[i]).append(",100,T").append(i).append('\n');
        }
        Path file = dir.resolve("spellings.csv");
        Files.writeString(file, text);
        try (PriceStore store = store()) {
            assertEquals(spellings.length, run(store, List.of(file), true, 3).load().rowsInserted());
            try (Statement statement = store.connection().createStatement();
                    ResultSet rows = statement.executeQuery("SELECT ticker, close FROM sep_base")) {
                int checked = 0;
                while (rows.next()) {
                    int index = Integer.parseInt(rows.getString(1).substring(1));
                    assertEquals(Double.doubleToLongBits(Double.parseDouble(spellings[index].strip())),
                            Double.doubleToLongBits(rows.getDouble(2)), spellings[index]);
                    checked++;
                }
                assertEquals(spellings.length, checked);
            }
        }
    }

    @Test
    void manyChunksLandWholeAndAReloadReplacesOnlyWhatItRepeats() throws Exception {
        Path first = pricesFile("first.csv", List.of("AAA", "BBB", "CCC"), 10.0);
        try (PriceStore store = store()) {
            CsvImport.Report report = run(store, List.of(first), false, 5);
            assertEquals(24, report.load().rowsInserted(), "3 tickers x 8 sessions in chunks of 5 rows");
            assertEquals(0, report.load().rowsReplaced());
            assertEquals(3, report.load().tickers());
            assertEquals(LocalDate.of(2024, 3, 4), report.load().firstDate());
            assertEquals(LocalDate.of(2024, 3, 13), report.load().lastDate());

            Path second = pricesFile("second.csv", List.of("BBB", "DDD"), 20.0);
            CsvImport.Report reload = run(store, List.of(second), false, 5);
            assertEquals(16, reload.load().rowsInserted());
            assertEquals(8, reload.load().rowsReplaced(), "BBB's eight rows are replaced, DDD's are new");
            assertEquals(List.of("AAA|8|10.0", "BBB|8|20.0", "CCC|8|10.0", "DDD|8|20.0"), rows(store,
                    "SELECT ticker || '|' || count(*) || '|' || max(close) FROM sep_base GROUP BY ticker ORDER BY ticker"));
        }
    }

    @Test
    void aFailureAfterChunksWereInsertedLeavesTheStoreAndNoTemporaryFiles() throws Exception {
        Path good = pricesFile("good.csv", List.of("AAA", "BBB"), 10.0);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,open,high,low,close,volume,Name\n2024-03-04,1,1,1,x,100,ZZZ\n");
        List<Path> before = temporaryImportFolders();
        try (PriceStore store = store()) {
            KairosException error = assertThrows(KairosException.class, () -> run(store, List.of(good, bad), true, 3));
            assertTrue(error.getMessage().startsWith(bad + " line 2: non-numeric close 'x'."), error.getMessage());
            assertEquals(List.of("0|0"), rows(store, "SELECT (SELECT count(*) FROM sep_base) || '|' || (SELECT count(*) FROM tickers)"));
        }
        assertEquals(before, temporaryImportFolders(), "the import's scratch folder is gone");
    }

    private Path pricesFile(String name, List<String> tickers, double close) throws Exception {
        StringBuilder text = new StringBuilder("date,open,high,low,close,volume,Name\n");
        for (String ticker : tickers) {
            for (String session : SESSIONS) {
                text.append(session).append(",1,").append(close).append(",1,").append(close).append(",100,").append(ticker).append('\n');
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<Path> temporaryImportFolders() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("kairos-import-")).sorted().toList();
        }
    }

    private static List<String> rows(PriceStore store, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = store.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
