package io.kairos.data.sharadar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceLoad;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.TickerInfo;
import io.kairos.http.RetryTiming;
import io.kairos.ops.Json;
import io.kairos.ops.ProgressListener;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads daily prices (SHARADAR/SEP) and names (SHARADAR/TICKERS, the SEP rows of it) from
 * Nasdaq Data Link into the store, as one load: the whole download is committed or nothing is.
 * See {@link SepPlan} for how a download becomes incremental once the store holds Sharadar rows.
 * Requests go one at a time, as keys without a premium plan allow only one in flight.
 */
public final class SharadarSource {

    /** The name loads from this source carry in the store's {@code load_log}. */
    public static final String SOURCE = "sharadar";

    private static final Logger LOG = LoggerFactory.getLogger(SharadarSource.class);

    private final NasdaqTables tables;

    public SharadarSource(SharadarSettings settings, OkHttpClient http, RetryTiming timing) {
        this.tables = new NasdaqTables(settings, http, timing);
    }

    /** Downloads what {@code request} asks for into {@code store} and commits it as one load. */
    public LoadSummary download(PriceStore store, SharadarRequest request, ProgressListener progress) {
        SepPlan plan = SepPlan.of(request, StoredSep.read(store.connection(), SOURCE));
        if (plan.updatedSince() != null) {
            LOG.info("Sharadar: the store holds earlier downloads; asking for rows updated since {}", plan.updatedSince());
        }
        try (PriceLoad load = store.beginLoad(SOURCE, parameters(request, plan))) {
            downloadPrices(plan, load, progress);
            downloadNames(request, load, progress);
            return load.commit();
        }
    }

    private void downloadPrices(SepPlan plan, PriceLoad load, ProgressListener progress) {
        progress.begin("Sharadar SEP prices", -1, "rows");
        long[] rows = {0};
        int pages = 0;
        for (Map<String, String> filters : plan.queries()) {
            pages += tables.readAll("SEP", filters, page -> {
                rows[0] += SepRows.stage(page, load);
                progress.advance(rows[0]);
            });
        }
        progress.end(rows[0] + " price rows in " + pages + " pages");
    }

    private void downloadNames(SharadarRequest request, PriceLoad load, ProgressListener progress) {
        progress.begin("Sharadar TICKERS", -1, "names");
        long[] names = new long[1];
        List<String> chunks = request.wholeUniverse() ? Collections.singletonList(null)
                : SepPlan.tickerChunks(request.tickers());
        for (String chunk : chunks) {
            // TICKERS has one row per table a ticker appears in; only the SEP row describes the prices.
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("table", "SEP");
            if (chunk != null) {
                filters.put("ticker", chunk);
            }
            tables.readAll("TICKERS", filters, page -> {
                for (TickerInfo info : TickerRows.read(page)) {
                    load.addTicker(info);
                    names[0]++;
                }
                progress.advance(names[0]);
            });
        }
        progress.end(names[0] + " names");
    }

    private static String parameters(SharadarRequest request, SepPlan plan) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("tickers", request.wholeUniverse() ? "all" : request.tickers());
        parameters.put("start", request.start());
        parameters.put("end", request.end());
        parameters.put("fullHistory", request.fullHistory());
        parameters.put("updatedSince", plan.updatedSince());
        parameters.put("requests", plan.queries().size());
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("download parameters are plain values", e);
        }
    }
}
