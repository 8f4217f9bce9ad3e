package io.kairos.data.alpaca;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceLoad;
import io.kairos.data.store.PriceStore;
import io.kairos.http.RetryTiming;
import io.kairos.ops.Json;
import io.kairos.ops.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads daily bars from Alpaca market data into the store as one load (all or nothing), in
 * batches of symbols. Each batch is read three times (split-adjusted, fully adjusted, raw) to fill
 * {@code sep_base} the way Sharadar does; rows are stamped with the download date as their
 * {@code lastupdated}, since Alpaca does not say when a bar last changed.
 */
public final class AlpacaBarsSource {

    /** The name loads from this source carry in the store's {@code load_log}. */
    public static final String SOURCE = "alpaca";

    /** Plans without real-time data are refused SIP data younger than this. */
    static final Duration RECENT_DATA_DELAY = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(AlpacaBarsSource.class);

    private final StockBarsClient bars;
    private final int symbolsPerRequest;
    private final String feed;
    private final Clock clock;

    /**
     * @param clock  today's date in New York (the rows' {@code lastupdated}) and the latest end time allowed
     * @param timing waits between retries
     */
    public AlpacaBarsSource(AlpacaDataSettings settings, OkHttpClient http, Clock clock, RetryTiming timing) {
        this.bars = new StockBarsClient(settings, http, timing);
        this.symbolsPerRequest = settings.symbolsPerRequest();
        this.feed = settings.feed();
        this.clock = clock;
    }

    /** Downloads what {@code request} asks for into {@code store} and commits it as one load. */
    public LoadSummary download(PriceStore store, AlpacaBarsRequest request, ProgressListener progress) {
        Instant start = request.start().atStartOfDay(StockBarsClient.NEW_YORK).toInstant();
        Instant end = endOf(request.end());
        LocalDate downloaded = LocalDate.ofInstant(clock.instant(), StockBarsClient.NEW_YORK);
        try (PriceLoad load = store.beginLoad(SOURCE, parameters(request, start, end))) {
            progress.begin("Alpaca daily bars", -1, "requests");
            long[] requests = {0};
            Runnable onRequest = () -> progress.advance(++requests[0]);
            long rows = 0;
            List<String> withoutBars = new ArrayList<>();
            for (List<String> batch : batches(request.symbols())) {
                Map<Adjustment, BarsPass> passes = new EnumMap<>(Adjustment.class);
                for (Adjustment adjustment : Adjustment.values()) {
                    passes.put(adjustment, bars.read(batch, adjustment, start, end, onRequest));
                }
                rows += SepFromPasses.stage(batch, passes.get(Adjustment.SPLIT), passes.get(Adjustment.ALL),
                        passes.get(Adjustment.RAW), downloaded, load);
                batch.stream().filter(symbol -> passes.get(Adjustment.SPLIT).bars(symbol).isEmpty()).forEach(withoutBars::add);
            }
            if (!withoutBars.isEmpty()) {
                LOG.warn("Alpaca returned no daily bars between {} and {} for {} symbol(s): {}", start, end,
                        withoutBars.size(), String.join(", ", withoutBars));
            }
            progress.end(rows + " bars for " + (request.symbols().size() - withoutBars.size()) + " symbols in "
                    + requests[0] + " requests");
            return load.commit();
        }
    }

    /**
     * The end of the last session asked for, as an instant: the end of that day in New York, but
     * never later than the freshest data plans without real-time access may read.
     */
    private Instant endOf(LocalDate lastSession) {
        Instant latestAllowed = clock.instant().minus(RECENT_DATA_DELAY);
        if (lastSession == null) {
            return latestAllowed;
        }
        Instant endOfDay = lastSession.plusDays(1).atStartOfDay(StockBarsClient.NEW_YORK).toInstant().minusSeconds(1);
        return endOfDay.isBefore(latestAllowed) ? endOfDay : latestAllowed;
    }

    private List<List<String>> batches(List<String> symbols) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < symbols.size(); from += symbolsPerRequest) {
            batches.add(symbols.subList(from, Math.min(symbols.size(), from + symbolsPerRequest)));
        }
        return batches;
    }

    private String parameters(AlpacaBarsRequest request, Instant start, Instant end) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("symbols", request.symbols());
        parameters.put("start", request.start());
        parameters.put("end", request.end());
        parameters.put("startInstant", start.toString());
        parameters.put("endInstant", end.toString());
        parameters.put("feed", feed);
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("download parameters are plain values", e);
        }
    }
}
