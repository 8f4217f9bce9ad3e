package io.kairos.bench;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.csv.CsvImport;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One run of one benchmark, in a JVM of its own so that its peak memory is its own: prints a JSON
 * line with the work done, the seconds it took (JVM start excluded) and the process's peak RSS.
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
        LoadSummary load = switch (name) {
            case "csv-sp500" -> csvImport(db, Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown benchmark " + name);
        };
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("{\"rows\": %d, \"tickers\": %d, \"seconds\": %.4f, \"peak_rss_bytes\": %d}%n",
                load.rowsInserted(), load.tickers(), seconds, PeakMemory.residentSetHighWaterMark());
    }

    private static LoadSummary csvImport(Path db, Path prices) {
        NyseCalendar calendar = NyseCalendar.create();
        try (PriceStore store = PriceStore.open(db, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            CsvImport csv = new CsvImport(date -> calendar.closureReason(date).map(reason -> "not a session"), LocalDate.now());
            return csv.run(store, new CsvImport.Request(List.of(prices), Optional.empty(), Optional.empty(), false),
                    ProgressListener.NONE).load();
        }
    }
}
