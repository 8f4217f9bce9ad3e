package io.kairos.data.synthetic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kairos.KairosException;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceLoad;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.TickerInfo;
import io.kairos.ops.Json;
import io.kairos.ops.ProgressListener;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The embedded data source: a deterministic synthetic US equity market over given NYSE sessions,
 * loaded into the store as source {@value #SOURCE}. See docs/SYNTHETIC_MARKET.md for the model.
 *
 * <p>Names are simulated in parallel, each from its own random stream, and appended by the calling
 * thread in ticker order, so the rows do not depend on thread scheduling.
 */
public final class SyntheticMarket {

    public static final String SOURCE = "synthetic";
    /** Bumped whenever a change to the model changes the rows a spec gives. */
    public static final int MODEL_VERSION = 1;
    /** Finished names waiting for the appender, per worker: keeps workers busy, memory bounded. */
    private static final int WAITING_PER_WORKER = 4;

    private final SyntheticSpec spec;
    private final List<LocalDate> sessions;

    /** A market for {@code spec} over {@code sessions}, strictly ascending trading dates. */
    public SyntheticMarket(SyntheticSpec spec, List<LocalDate> sessions) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("the synthetic market needs at least one session");
        }
        for (int i = 1; i < sessions.size(); i++) {
            if (!sessions.get(i).isAfter(sessions.get(i - 1))) {
                throw new IllegalArgumentException("sessions must be strictly ascending, but " + sessions.get(i)
                        + " follows " + sessions.get(i - 1));
            }
        }
        this.spec = spec;
        this.sessions = List.copyOf(sessions);
    }

    /** Generates the market and loads it into {@code store} in one load; nothing is kept if it fails. */
    public LoadSummary loadInto(PriceStore store, ProgressListener progress) {
        long[] epochDays = sessions.stream().mapToLong(LocalDate::toEpochDay).toArray();
        MarketFactors factors = MarketFactors.simulate(spec.seed(), epochDays.length);
        List<StockProfile> profiles = StockProfiles.draw(spec, epochDays.length);
        StockSimulator simulator = new StockSimulator(factors);
        // the single appending thread is the bottleneck (a worker generates several times faster), so
        // it keeps a core to itself
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        progress.begin("synthetic market", profiles.size(), "tickers");
        try (PriceLoad load = store.beginLoad(SOURCE, parameters())) {
            InOrderParallel.run(profiles.size(), workers, workers * WAITING_PER_WORKER,
                    index -> generate(simulator, profiles.get(index)),
                    (ticker, index) -> {
                        append(load, ticker, epochDays);
                        progress.advance(index + 1L);
                    });
            LoadSummary summary = load.commit();
            progress.end(String.format(Locale.ROOT, "%,d rows for %,d tickers from %s to %s in %.1f s",
                    summary.rowsInserted(), summary.tickers(), summary.firstDate(), summary.lastDate(),
                    summary.took().toMillis() / 1000.0));
            return summary;
        }
    }

    private GeneratedTicker generate(StockSimulator simulator, StockProfile profile) {
        TradedBars traded = simulator.simulate(profile,
                RandomStreams.of(spec.seed(), RandomStreams.Purpose.PATH, profile.index()));
        return new GeneratedTicker(profile, SharadarBars.from(traded), traded.delisted());
    }

    private static void append(PriceLoad load, GeneratedTicker ticker, long[] epochDays) {
        StockProfile profile = ticker.profile();
        SharadarBars bars = ticker.bars();
        int id = load.tickerId(profile.ticker());
        int first = bars.firstSession();
        for (int row = 0; row < bars.rows(); row++) {
            load.addBar(id, epochDays[first + row], bars.open(row), bars.high(row), bars.low(row), bars.close(row),
                    bars.volume(row), bars.closeAdj(row), bars.closeUnadj(row), epochDays[bars.lastUpdatedSession(row)]);
        }
        load.addTicker(new TickerInfo(profile.ticker(), profile.name(), profile.exchange(), profile.sector().label(),
                profile.industry(), ticker.delisted(), LocalDate.ofEpochDay(epochDays[first]),
                LocalDate.ofEpochDay(epochDays[first + bars.rows() - 1])));
    }

    private String parameters() {
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("tickers", spec.tickers());
        parameters.put("years", spec.years());
        parameters.put("seed", spec.seed());
        parameters.put("firstSession", sessions.get(0).toString());
        parameters.put("lastSession", sessions.get(sessions.size() - 1).toString());
        parameters.put("sessions", sessions.size());
        parameters.put("modelVersion", MODEL_VERSION);
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw KairosException.failure("Cannot record the synthetic market's parameters: " + e.getMessage(), e);
        }
    }
}
