package io.kairos.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.backtest.replay.ReplaySettings;
import io.kairos.calendar.NyseCalendar;
import io.kairos.config.ConfigInputs;
import io.kairos.config.ConfigLoader;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signal that only the future holds. 80 tickers from 2021 to 2026-10-30, each with a constant feature
 * {@code signal} (-0.45 to 0.45 by steps of 0.1) and a feature of pure noise; daily returns are noise of +-1% until
 * 2026-03-02, and from then on also drift by 0.6% x signal a day. A model that has seen only labels ending before
 * the regime cannot know it; one that has seen some months of it can.
 *
 * <p>A backtest from January 2026 (one model, as of 2026-01-30) must not profit from the regime, although holding the
 * names of the highest signal through it made over 40% more than the universe. The same code started in September
 * (a model as of 2026-09-30, six months of the regime in its labels) does profit: the test can tell. The picks rank
 * by the raw score here: Platt scaling fitted on out-of-sample scores from before the regime may slope either way.
 */
class FutureSignalTest {

    private static final LocalDate REGIME = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 10, 30);

    @TempDir
    static Path dir;

    private static Path store;
    private static KairosConfig config;

    @BeforeAll
    static void market() throws Exception {
        store = dir.resolve("kairos.duckdb");
        List<LocalDate> sessions = NyseCalendar.create().sessions(LocalDate.of(2021, 1, 4), END);
        try (PriceStore opened = PriceStore.open(store, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
                Statement sql = opened.connection().createStatement()) {
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < sessions.size(); i++) {
                rows.append(i == 0 ? "" : ", ").append("(DATE '").append(sessions.get(i)).append("', ").append(i).append(')');
            }
            sql.execute("CREATE TEMP TABLE days (date DATE, i INTEGER)");
            sql.execute("INSERT INTO days VALUES " + rows);
            sql.execute("CREATE TEMP TABLE names AS SELECT 'T' || lpad(range::VARCHAR, 2, '0') AS ticker,"
                    + " (range % 10) / 10.0 - 0.45 AS signal, 'Sector ' || (range % 4) AS sector FROM range(80)");
            sql.execute("INSERT INTO tickers (ticker, exchange, sector) SELECT ticker, 'NYSE', sector FROM names");
            sql.execute("CREATE TEMP TABLE moves AS SELECT n.ticker, d.date, d.i, n.signal,"
                    + " 0.02 * ((hash(n.ticker, d.date, 1) % 1000003) / 1000003.0 - 0.5)"
                    + " + CASE WHEN d.date >= DATE '" + REGIME + "' THEN 0.006 * n.signal ELSE 0 END AS r FROM names n, days d");
            sql.execute("INSERT INTO sep_base SELECT ticker, date, close, close * 1.005, close * 0.995, close, 1000000, close, close,"
                    + " DATE '" + END + "' FROM (SELECT ticker, date, 100 * exp(sum(r) OVER (PARTITION BY ticker ORDER BY date)) AS close"
                    + " FROM moves)");
            sql.execute("CREATE TABLE feature_catalog (position INTEGER, name VARCHAR, family VARCHAR, window_sessions INTEGER,"
                    + " definition VARCHAR)");
            sql.execute("INSERT INTO feature_catalog VALUES (1, 'signal', 'planted', 1, 'constant per ticker'),"
                    + " (2, 'noise', 'planted', 1, 'unrelated to returns')");
            sql.execute("CREATE TABLE feat_matrix AS SELECT ticker, date, signal, (hash(ticker, date, 2) % 1000003) / 1000003.0 AS noise,"
                    + " 0.25 AS vol_blend, 100000000.0 AS adv_20 FROM moves ORDER BY ticker, date");
            sql.execute("CREATE TABLE labels AS WITH closes AS (SELECT s.ticker, s.date, d.i, s.close FROM sep_base s JOIN days d USING (date)),"
                    + " forward AS (SELECT a.ticker, a.date, 20 AS horizon, b.date AS exit_date, b.close / a.close - 1 AS fwd_ret"
                    + "   FROM closes a JOIN closes b ON b.ticker = a.ticker AND b.i = a.i + 20),"
                    + " excess AS (SELECT *, fwd_ret - median(fwd_ret) OVER (PARTITION BY date) AS excess_ret FROM forward)"
                    + " SELECT ticker, date, horizon, exit_date, fwd_ret, excess_ret, CASE WHEN excess_ret > 0 THEN 1 ELSE 0 END AS label,"
                    + "   0 AS tb_label, exit_date AS tb_hit_date, 0 AS delisted FROM excess ORDER BY ticker, date");
        }
        config = KairosConfig.from(dir, ConfigLoader.load(ConfigInputs.standard(dir, null, Map.of("KAIROS_PORTFOLIO_TOP_N", "10",
                "KAIROS_PORTFOLIO_ALPHA_COLUMN", "score", "KAIROS_PORTFOLIO_MAX_POSITION_PCT", "0.10"),
                Map.of())));
    }

    private static BacktestOutcome backtest(LocalDate start, String name) {
        return new BacktestRun(NyseCalendar.create(), config, Clock.systemUTC(), ProgressListener.NONE).run(store,
                new BacktestRequest(start, END, 12, ReplaySettings.DEFAULTS, dir.resolve(name)));
    }

    private static double excessOverUniverse(BacktestOutcome outcome) {
        double benchmark = outcome.replay().points().stream().skip(1).mapToDouble(point -> 1 + point.benchmarkReturn())
                .reduce(1, (a, b) -> a * b) - 1;
        return outcome.metrics().totalReturn() - benchmark;
    }

    /** The mean return of the names of signal 0.45 from the close of {@code from} to the end, less the universe's. */
    private static double topSignalExcess(LocalDate from) {
        try (PriceStore opened = PriceStore.open(store, PriceStore.Access.READ_ONLY, StoreSettings.DEFAULTS)) {
            return StoreSql.number(opened, "WITH r AS (SELECT a.ticker, b.close / a.close - 1 AS ret FROM sep_base a JOIN sep_base b"
                    + " ON b.ticker = a.ticker AND b.date = DATE '" + END + "' WHERE a.date = DATE '" + from + "')"
                    + " SELECT avg(ret) FILTER (WHERE right(ticker, 1) = '9') - avg(ret) FROM r");
        }
    }

    @Test
    void aModelThatHasNotSeenTheRegimeCannotTradeIt() {
        BacktestOutcome blind = backtest(LocalDate.of(2026, 1, 1), "blind");

        assertEquals(List.of(LocalDate.of(2026, 1, 30)), blind.walkForward().stream().map(window -> window.window().refit()).toList());
        assertEquals(10, blind.targets().get(LocalDate.of(2026, 1, 30)).size(), "it trades: the ten top-ranked names");
        // the names of signal 0.45 drift 0.27% a day through the ~170 sessions of the regime, the universe by 0
        assertTrue(topSignalExcess(LocalDate.of(2026, 1, 30)) > 0.40, "the regime was there to be had");
        double excess = excessOverUniverse(blind);
        assertTrue(excess < 0.03, "the blind backtest gains nothing from it: " + excess);
    }

    @Test
    void aModelThatHasSeenMonthsOfTheRegimeDoesTradeIt() {
        BacktestOutcome informed = backtest(LocalDate.of(2026, 9, 1), "informed");

        assertEquals(List.of(LocalDate.of(2026, 9, 30)), informed.walkForward().stream().map(window -> window.window().refit())
                .toList());
        double meanSignal = informed.targets().get(LocalDate.of(2026, 9, 30)).keySet().stream()
                .mapToDouble(ticker -> (Integer.parseInt(ticker.substring(1)) % 10) / 10.0 - 0.45).average().orElseThrow();
        assertTrue(meanSignal > 0.15, "it picks the high-signal names: mean signal " + meanSignal);
        assertTrue(excessOverUniverse(informed) > 0.015, "over October it beats the universe: " + excessOverUniverse(informed));
    }
}
