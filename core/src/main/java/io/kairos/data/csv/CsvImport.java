package io.kairos.data.csv;

import io.kairos.KairosException;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceLoad;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.TickerInfo;
import io.kairos.ops.ProgressListener;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code kairos download --source csv}: daily prices from long files (a ticker column) or per-symbol
 * Yahoo-style files, plus an optional sector file joined onto the loaded tickers. All files land in
 * one load, one transaction: the whole import or nothing.
 *
 * <p>CSV prices carry no separate raw close: {@code closeadj} is the file's adjusted close when it has
 * one, else the close; {@code closeunadj} is the close (the best a split-adjusted file can say).
 */
public final class CsvImport {

    /**
     * @param ticker the symbol of a single per-symbol file, overriding its file name
     * @param strict stop at the first bad row instead of quarantining it
     */
    public record Request(List<Path> priceFiles, Optional<Path> sectorFile, Optional<String> ticker, boolean strict) {

        public Request {
            priceFiles = List.copyOf(priceFiles);
            if (priceFiles.isEmpty() && sectorFile.isEmpty()) {
                throw KairosException.usage("Nothing to import: give --prices FILE... and/or --sectors FILE.");
            }
            if (ticker.isPresent() && priceFiles.size() != 1) {
                throw KairosException.usage("--ticker names the symbol of one per-symbol file, but " + priceFiles.size()
                        + " price files were given; import them one at a time or drop --ticker to take each symbol"
                        + " from its file name.");
            }
        }
    }

    /**
     * @param rowsRepeated         rows that repeated an earlier row exactly and were skipped
     * @param tickersWithoutSector loaded tickers the sector file does not list (empty without a sector file)
     */
    public record Report(LoadSummary load, long rowsRepeated, int tickersWithSector, List<String> tickersWithoutSector) {
    }

    private final SessionRule sessions;
    private final LocalDate today;
    private final int rowsPerChunk;

    /** @param today the import date, stored as each row's {@code lastupdated} */
    public CsvImport(SessionRule sessions, LocalDate today) {
        this(sessions, today, ChunkWriter.ROWS_PER_CHUNK);
    }

    CsvImport(SessionRule sessions, LocalDate today, int rowsPerChunk) {
        this.sessions = sessions;
        this.today = today;
        this.rowsPerChunk = rowsPerChunk;
    }

    public Report run(PriceStore store, Request request, ProgressListener progress) {
        // the scratch folder is declared first so it is removed last, after a failed load has rolled back
        try (ScratchFolder scratch = new ScratchFolder(); PriceLoad load = store.beginLoad("csv", parameters(request))) {
            ChunkWriter chunks = new ChunkWriter(load, scratch.path(), today, rowsPerChunk);
            PriceFileReader reader = new PriceFileReader(load, chunks, sessions, request.strict(), progress);
            for (Path file : request.priceFiles()) {
                reader.read(file, file.toString(), request.ticker());
            }
            chunks.finish();
            int withSector = 0;
            List<String> withoutSector = new ArrayList<>();
            if (request.sectorFile().isPresent()) {
                Path file = request.sectorFile().get();
                Map<String, TickerInfo> sectors = SectorFile.read(file, file.toString());
                Set<String> tickers = new TreeSet<>(request.priceFiles().isEmpty() ? store.storedTickers() : load.tickers());
                for (String ticker : tickers) {
                    TickerInfo info = sectors.get(ticker);
                    if (info == null) {
                        withoutSector.add(ticker);
                    } else {
                        load.addTicker(info);
                        withSector++;
                    }
                }
            }
            return new Report(load.commit(), reader.rowsRepeated(), withSector, withoutSector);
        }
    }

    private static String parameters(Request request) {
        return "{\"prices\": " + request.priceFiles().size() + ", \"sectors\": " + request.sectorFile().isPresent()
                + ", \"strict\": " + request.strict() + "}";
    }
}
