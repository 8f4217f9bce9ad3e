package io.kairos.bench;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.csv.CsvImport;
import io.kairos.data.csv.NyseSessionRule;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.data.synthetic.SyntheticMarket;
import io.kairos.data.synthetic.SyntheticSpec;
import io.kairos.ops.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One run of one benchmark, in a JVM of its own so that its peak memory is its own: prints a JSON
 * line with the work done, the seconds the work took, the seconds of setup before it (building the
 * calendar, opening the store: what every command pays once), and the process's peak RSS.
 */
public final class BenchCase {

    private BenchCase() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        Path db = work.resolve("bench.duckdb");
        Files.deleteIfExists(db);
        long started = System.nanoTime();
        NyseCalendar calendar = NyseCalendar.create();
        LoadSummary load;
        double setupSeconds;
        try (PriceStore store = PriceStore.open(db, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            setupSeconds = (System.nanoTime() - started) / 1e9;
            load = switch (name) {
                case "csv-sp500" -> csvImport(store, calendar, Path.of(args[2]));
                case "synthetic" -> synthetic(store, calendar, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
                default -> throw new IllegalArgumentException("unknown benchmark " + name);
            };
        }
        System.out.printf(Locale.ROOT, "{\"rows\": %d, \"tickers\": %d, \"seconds\": %.4f, \"setup_seconds\": %.4f,"
                + " \"peak_rss_bytes\": %d}%n", load.rowsInserted(), load.tickers(), load.took().toNanos() / 1e9, setupSeconds,
                PeakMemory.residentSetHighWaterMark());
    }

    /** The market ends on a fixed session so that every run generates the same rows. */
    private static LoadSummary synthetic(PriceStore store, NyseCalendar calendar, int tickers, int years) {
        LocalDate end = LocalDate.of(2026, 11, 20);
        List<LocalDate> sessions = calendar.sessions(end.minusYears(years).plusDays(1), end);
        return new SyntheticMarket(new SyntheticSpec(tickers, years, 42), sessions).loadInto(store, ProgressListener.NONE);
    }

    private static LoadSummary csvImport(PriceStore store, NyseCalendar calendar, Path prices) {
        CsvImport csv = new CsvImport(new NyseSessionRule(calendar), LocalDate.now());
        return csv.run(store, new CsvImport.Request(List.of(prices), Optional.empty(), Optional.empty(), false),
                ProgressListener.NONE).load();
    }
}
