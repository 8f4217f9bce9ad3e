package io.kairos.bench;

import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.data.synthetic.SyntheticMarket;
import io.kairos.data.synthetic.SyntheticSpec;
import io.kairos.features.FeatureBuilder;
import io.kairos.labels.LabelBuilder;
import io.kairos.ops.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * The stores the research benchmarks start from, made once per {@code make bench} (not timed) and
 * copied before every run so that each run starts from the same bytes:
 * <ul>
 * <li>{@code prices.duckdb}: the synthetic market of 5,000 tickers over 20 years (about 14.5 million rows);</li>
 * <li>{@code last-week-missing.duckdb}: the same prices, with features built while the last
 * {@value #NEW_SESSIONS} sessions were not yet loaded: what a weekly incremental run finds;</li>
 * <li>{@code research.duckdb}: prices, features of every date and labels: what training reads.</li>
 * </ul>
 */
final class ResearchStores {

    static final int TICKERS = 5000;
    static final int YEARS = 20;
    static final int NEW_SESSIONS = 5;
    static final LocalDate LAST_SESSION = LocalDate.of(2026, 11, 20);
    static final KairosConfig.Labels LABELS = new KairosConfig.Labels(20, 2.0, 2.0, 20);

    private ResearchStores() {
    }

    static Path prices(Path work) {
        return work.resolve("prices.duckdb");
    }

    static Path lastWeekMissing(Path work) {
        return work.resolve("last-week-missing.duckdb");
    }

    static Path research(Path work) {
        return work.resolve("research.duckdb");
    }

    /** Makes the three stores in {@code work}. */
    static void prepare(Path work) throws IOException, SQLException {
        NyseCalendar calendar = NyseCalendar.create();
        List<LocalDate> sessions = calendar.sessions(LAST_SESSION.minusYears(YEARS).plusDays(1), LAST_SESSION);
        try (PriceStore store = open(prices(work))) {
            new SyntheticMarket(new SyntheticSpec(TICKERS, YEARS, 42), sessions).loadInto(store, ProgressListener.NONE);
        }
        copy(prices(work), lastWeekMissing(work));
        LocalDate lastBuilt = sessions.get(sessions.size() - 1 - NEW_SESSIONS);
        try (PriceStore store = open(lastWeekMissing(work)); Statement sql = store.connection().createStatement()) {
            sql.execute("CREATE TABLE held_back AS SELECT * FROM sep_base WHERE date > DATE '" + lastBuilt + "'");
            sql.execute("DELETE FROM sep_base WHERE date > DATE '" + lastBuilt + "'");
            FeatureBuilder.build(store, FeatureBuilder.Mode.REBUILD, ProgressListener.NONE);
            sql.execute("INSERT INTO sep_base SELECT * FROM held_back");
            sql.execute("DROP TABLE held_back");
            sql.execute("CHECKPOINT");
        }
        copy(lastWeekMissing(work), research(work));
        try (PriceStore store = open(research(work))) {
            FeatureBuilder.build(store, FeatureBuilder.Mode.INCREMENTAL, ProgressListener.NONE);
            new LabelBuilder(calendar, LABELS).build(store, ProgressListener.NONE);
        }
    }

    /** A fresh copy of {@code prepared} for one run. */
    static Path copyForRun(Path prepared, Path work) throws IOException {
        Path run = work.resolve("run.duckdb");
        copy(prepared, run);
        return run;
    }

    static PriceStore open(Path db) {
        return PriceStore.open(db, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.deleteIfExists(Path.of(to + ".wal"));
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
