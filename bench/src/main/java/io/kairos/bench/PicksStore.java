package io.kairos.bench;

import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.synthetic.SyntheticMarket;
import io.kairos.data.synthetic.SyntheticSpec;
import io.kairos.features.FeatureBuilder;
import io.kairos.model.ModelTables;
import io.kairos.ops.ProgressListener;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * The store the picks benchmark starts from (made once, not timed): a synthetic market of 5,000 tickers
 * over 2 years with its features, and predictions for the last session as a calibrated model would
 * write them (a probability per name from a hash of its ticker: the benchmark measures the picks, not
 * the model).
 */
final class PicksStore {

    static final String MODEL = "bench";
    /** Every listed name with a volatility is in the universe: min_adv 0. */
    static final KairosConfig.Portfolio SETTINGS = new KairosConfig.Portfolio(75, 0.25, 0, 0.03, 2.0, 0.5, 0.30, "prob",
            "vol_blend", "adv_20", "inverse_vol", 500, 252);

    private PicksStore() {
    }

    static Path file(Path work) {
        return work.resolve("picks.duckdb");
    }

    static void prepare(Path work) throws SQLException {
        NyseCalendar calendar = NyseCalendar.create();
        List<LocalDate> sessions = calendar.sessions(ResearchStores.LAST_SESSION.minusYears(2).plusDays(1), ResearchStores.LAST_SESSION);
        try (PriceStore store = ResearchStores.open(file(work)); Statement sql = store.connection().createStatement()) {
            new SyntheticMarket(new SyntheticSpec(5000, 2, 42), sessions).loadInto(store, ProgressListener.NONE);
            FeatureBuilder.build(store, FeatureBuilder.Mode.REBUILD, ProgressListener.NONE);
            ModelTables.createIfMissing(store.connection());
            sql.execute("INSERT INTO model_registry VALUES ('" + MODEL + "', TIMESTAMP '2026-11-20 22:00:00', DATE '"
                    + ResearchStores.LAST_SESSION + "', 'outputs/models/bench', 'weekly', 20, 42, 52, DATE '2025-01-03',"
                    + " DATE '2026-10-16', 'platt', '{}')");
            sql.execute("INSERT INTO predictions SELECT '" + MODEL + "', ticker, date, 0, p, p FROM (SELECT ticker, date,"
                    + " (hash(ticker) % 1000000) / 1000000.0 AS p FROM feat_matrix WHERE date = DATE '" + ResearchStores.LAST_SESSION
                    + "')");
            sql.execute("CHECKPOINT");
        }
    }
}
