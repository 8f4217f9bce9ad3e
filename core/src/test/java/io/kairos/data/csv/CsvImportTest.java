package io.kairos.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final SessionRule NYSE_SESSIONS = new NyseSessionRule(NyseCalendar.create());

    @TempDir
    Path dir;

    /** The rule the binary uses: rows on NYSE sessions only. */
    static SessionRule nyseSessions() {
        return NYSE_SESSIONS;
    }

    private PriceStore store() {
        return PriceStore.open(dir.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    private CsvImport.Report importFiles(PriceStore store, List<Path> prices, Optional<Path> sectors, boolean strict) {
        return new CsvImport(nyseSessions(), TODAY).run(store,
                new CsvImport.Request(prices, sectors, Optional.empty(), strict), ProgressListener.NONE);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void longFileRowsLandWithTheirValuesAndEveryBadRowIsQuarantinedWithItsLine() throws Exception {
        Path file = write("prices.csv", String.join("\n",
                "date,open,high,low,close,volume,Name",
                "2024-03-04,10,11,9,10.5,1000,AAA",
                "2024-03-05,,11,9,10.5,1000,AAA",            // line 3: blank open
                "2024-03-06,10,eleven,9,10.5,1000,AAA",      // line 4: non-numeric high
                "2024-3-07,10,11,9,10.5,1000,AAA",           // line 5: bad date
                "2024-03-09,10,11,9,10.5,1000,AAA",          // line 6: a Saturday
                "2024-03-29,10,11,9,10.5,1000,AAA",          // line 7: Good Friday
                "2024-03-04,10,11,9,10.5,1000,AAA",          // line 8: exact repeat of line 2, skipped
                "2024-03-04,10,11,9,10.6,1000,AAA",          // line 9: conflicts with line 2
                "2024-03-05,20,22,19,21,500,",               // line 10: blank ticker
                "2024-03-05,20,22,19,21,500",                // line 11: a field short
                "2024-03-05,20,22,19,21,500,BBB",
                ""));
        try (PriceStore store = store()) {
            CsvImport.Report report = importFiles(store, List.of(file), Optional.empty(), false);
            assertEquals(2, report.load().rowsInserted());
            assertEquals(8, report.load().rowsQuarantined());
            assertEquals(1, report.rowsRepeated());
            assertEquals(List.of(
                    "3|AAA|2024-03-05|blank open",
                    "4|AAA|2024-03-06|non-numeric high 'eleven'",
                    "5|AAA|2024-3-07|bad date '2024-3-07' (expected YYYY-MM-DD)",
                    "6|AAA|2024-03-09|2024-03-09 is not an NYSE session (Saturday)",
                    "7|AAA|2024-03-29|2024-03-29 is not an NYSE session (Good Friday)",
                    "9|AAA|2024-03-04|conflicts with " + file + " line 2 (same ticker and date, different values)",
                    "10||2024-03-05|blank ticker",
                    "11|||expected 7 fields, found 6"),
                    rows(store, "SELECT line || '|' || ticker || '|' || date || '|' || reason FROM sep_quarantine ORDER BY line"));
            assertEquals(List.of("AAA|2024-03-04|10.0|11.0|9.0|10.5|1000.0|10.5|10.5|2026-11-20",
                    "BBB|2024-03-05|20.0|22.0|19.0|21.0|500.0|21.0|21.0|2026-11-20"), rows(store,
                    "SELECT concat_ws('|', ticker, date, open, high, low, close, volume, closeadj, closeunadj, lastupdated)"
                            + " FROM sep_base ORDER BY ticker, date"));
        }
    }

    @Test
    void strictImportStopsAtTheFirstBadRowAndWritesNothing() throws Exception {
        Path file = write("prices.csv", "date,open,high,low,close,volume,Name\n2024-03-04,10,11,9,10.5,1000,AAA\n2024-03-05,,11,9,10.5,1000,AAA\n");
        try (PriceStore store = store()) {
            KairosException error = assertThrows(KairosException.class, () -> importFiles(store, List.of(file), Optional.empty(), true));
            assertEquals(file + " line 3: blank open. The import stopped (--strict) and nothing was written; fix the row or"
                    + " import without --strict to quarantine bad rows.", error.getMessage());
            assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM sep_base"));
        }
    }

    @Test
    void missingColumnsAreNamedWithTheHeaderFound() throws Exception {
        Path file = write("prices.csv", "date,open,high,low,close,Name\n2024-03-04,10,11,9,10.5,AAA\n");
        try (PriceStore store = store()) {
            KairosException error = assertThrows(KairosException.class, () -> importFiles(store, List.of(file), Optional.empty(), false));
            assertEquals(file + ": the header (line 1) lacks the column(s) volume. A price file needs Date, Open, High, Low,"
                    + " Close, Volume and, when it holds several symbols, a ticker column (Name, Ticker or Symbol)."
                    + " Found: date, open, high, low, close, Name.", error.getMessage());
        }
    }

    @Test
    void yahooFileTakesItsTickerFromTheFileNameAndAdjCloseAsCloseadj() throws Exception {
        Path file = write("orcl-2014.txt", "Date,Open,High,Low,Close,Adj Close,Volume\r\n2014-01-02,37.779999,38.029999,37.549999,37.840000,34.1,18162100\r\n");
        Path gz = dir.resolve("prices.bin");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("Date,Open,High,Low,Close,Volume,OpenInterest\n2014-01-03,1,2,0.5,1.5,0,0\n".getBytes());
        }
        try (PriceStore store = store()) {
            importFiles(store, List.of(file), Optional.empty(), false);
            new CsvImport(nyseSessions(), TODAY).run(store,
                    new CsvImport.Request(List.of(gz), Optional.empty(), Optional.of("estx"), false), ProgressListener.NONE);
            assertEquals(List.of("ESTX|2014-01-03|1.5|1.5|0.0", "ORCL|2014-01-02|37.84|34.1|18162100.0"), rows(store,
                    "SELECT concat_ws('|', ticker, date, close, closeadj, volume) FROM sep_base ORDER BY ticker"));
        }
    }

    @Test
    void sectorFileJoinsByHeaderNamesAndSectorOnlyImportUpdatesStoredTickers() throws Exception {
        Path prices = write("prices.csv", "date,open,high,low,close,volume,Name\n2024-03-04,10,11,9,10.5,1000,AAA\n2024-03-04,10,11,9,10.5,1000,ZZZ\n");
        Path sectors = write("sectors.csv", "Symbol,Security,GICS Sector,GICS Sub-Industry\nAAA,\"Alpha, Inc.\",Energy,Oil & Gas\nBBB,Beta,Utilities,Water\n");
        try (PriceStore store = store()) {
            CsvImport.Report report = importFiles(store, List.of(prices), Optional.of(sectors), false);
            assertEquals(1, report.tickersWithSector());
            assertEquals(List.of("ZZZ"), report.tickersWithoutSector());
            assertEquals(List.of("AAA|Alpha, Inc.|Energy|Oil & Gas|2024-03-04|2024-03-04", "ZZZ||||2024-03-04|2024-03-04"),
                    rows(store, "SELECT concat_ws('|', ticker, coalesce(name, ''), coalesce(sector, ''), coalesce(industry, ''),"
                            + " firstpricedate, lastpricedate) FROM tickers ORDER BY ticker"));

            Path moreSectors = write("more.csv", "Ticker,Sector\nZZZ,Materials\n");
            CsvImport.Report sectorOnly = importFiles(store, List.of(), Optional.of(moreSectors), false);
            assertEquals(1, sectorOnly.tickersWithSector());
            assertEquals(List.of("Energy", "Materials"), rows(store, "SELECT sector FROM tickers ORDER BY ticker"));
        }
    }

    @Test
    void realSp500FileLoadsWithItsBlankOpensQuarantinedAndSectorsJoined() throws Exception {
        Path prices = io.kairos.testsupport.SharedData.file("sp500_5yr_daily.csv.gz");
        Path sectors = io.kairos.testsupport.SharedData.file("sp500_constituents_2018-04.csv");
        try (PriceStore store = store()) {
            CsvImport.Report report = importFiles(store, List.of(prices), Optional.of(sectors), false);
            assertEquals(619_029, report.load().rowsInserted(), "619,040 rows less the 11 with a blank open");
            assertEquals(11, report.load().rowsQuarantined());
            assertEquals(505, report.load().tickers());
            assertEquals(LocalDate.of(2013, 2, 8), report.load().firstDate());
            assertEquals(LocalDate.of(2018, 2, 7), report.load().lastDate());
            assertEquals(498, report.tickersWithSector());
            assertEquals(List.of("CBG", "CHK", "HCN", "PCLN", "PDCO", "SIG", "SNI"), report.tickersWithoutSector());
            assertEquals(List.of(
                    "82951 BHF 2017-07-26 blank open", "165736 DHR 2015-07-17 blank open", "165859 DHR 2016-01-12 blank open",
                    "205078 ES 2015-07-17 blank open", "239834 FTV 2016-07-01 blank open", "434381 O 2015-07-17 blank open",
                    "434504 O 2016-01-12 blank open", "478596 REGN 2015-06-09 blank open", "558215 UA 2016-04-07 blank open",
                    "581908 VRTX 2015-05-12 blank open", "598238 WRK 2015-06-26 blank open"),
                    rows(store, "SELECT concat_ws(' ', line, ticker, date, reason) FROM sep_quarantine ORDER BY line"));
            // 72 IT names in the sector file, of which IPGP and TTWO have no prices in this file
            assertEquals(List.of("Information Technology|70"), rows(store,
                    "SELECT sector || '|' || count(*) FROM tickers WHERE sector = 'Information Technology' GROUP BY sector"));
            assertEquals(List.of("1259"), rows(store, "SELECT count(DISTINCT date) FROM sep_base"));
            assertEquals(List.of("AAPL|2014-06-09|92.7|93.88|91.75|93.7|75414804.0"), rows(store,
                    "SELECT concat_ws('|', ticker, date, open, high, low, close, volume) FROM sep_base"
                            + " WHERE ticker = 'AAPL' AND date = DATE '2014-06-09'"));

            CsvImport.Report again = importFiles(store, List.of(prices), Optional.of(sectors), false);
            assertEquals(619_029, again.load().rowsReplaced(), "a reload replaces every row in place");
            assertEquals(List.of("619029|505|11"), rows(store, "SELECT (SELECT count(*) FROM sep_base) || '|' ||"
                    + " (SELECT count(*) FROM tickers) || '|' || (SELECT count(*) FROM sep_quarantine)"));
        }
    }

    @Test
    void backtraderFilesLoadEachUnderItsFileNameTicker() throws Exception {
        Path folder = io.kairos.testsupport.SharedData.file("backtrader/nvda-1999-2014.txt").getParent();
        List<Path> files = List.of(folder.resolve("nvda-1999-2014.txt"), folder.resolve("nvda-2014.txt"),
                folder.resolve("orcl-1995-2014.txt"), folder.resolve("yhoo-1996-2015.txt"));
        try (PriceStore store = store()) {
            CsvImport.Report report = importFiles(store, files, Optional.empty(), false);
            assertEquals(4_012 + 5_036 + 4_965, report.load().rowsInserted());
            assertEquals(252, report.rowsRepeated(), "nvda-2014.txt repeats the end of nvda-1999-2014.txt exactly");
            assertEquals(0, report.load().rowsQuarantined());
            assertEquals(List.of("NVDA|1999-01-22|2014-12-31", "ORCL|1995-01-03|2014-12-31", "YHOO|1996-04-12|2015-12-31"),
                    rows(store, "SELECT concat_ws('|', ticker, firstpricedate, lastpricedate) FROM tickers ORDER BY ticker"));
        }
    }

    static List<String> rows(PriceStore store, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = store.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
