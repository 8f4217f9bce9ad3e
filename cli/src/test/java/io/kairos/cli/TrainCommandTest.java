package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `kairos train` on a store whose research tables are filled by SQL, labels following a planted feature. */
class TrainCommandTest {

    @TempDir
    Path home;

    @Test
    void printsTheFoldsTheChoiceTheMetricsAndWhereTheModelIs() throws Exception {
        researchTables(home.resolve("data/kairos.duckdb"));
        CliRun.Result train = new CliRun(home).run("train", "--frequency", "weekly");
        assertEquals(0, train.exitCode(), train::toString);
        String out = train.out();
        assertTrue(out.startsWith("model 2026-11-20: weekly samples, 2 features, labels of 20 sessions, embargo 20 sessions, seed 42\n"),
                out);
        assertTrue(out.matches("(?s).*\nfold +role +training +train rows +embargoed +purged +validation +val rows +AUC +accuracy"
                + " +log-loss +IC +rank IC +decile spread\n.*"), out);
        assertTrue(out.matches("(?s).*\n +1 +tuning +2024-11-22\\.\\.2025-\\d\\d-\\d\\d +\\d+ +4 +0 +2025-.*\n +2 +test .*\n +3 +test .*"), out);
        assertTrue(out.matches("(?s).*\nchosen: max_depth=\\d eta=0\\.\\d+ min_child_weight=\\d+ rounds=\\d+\n.*"), out);
        assertTrue(out.matches("(?s).*\ntest folds +\\d+ +\\d+ +0\\.[6-9]\\d* .*"), "test-fold AUC above 0.6: " + out);
        assertTrue(out.contains("\nfinal model: trained on 4,040 samples from 2024-11-22 to 2026-10-23; scored 160 rows on 4 dates up to"
                + " 2026-11-20 (fold 0)\n"), out);
        Path folder = home.resolve("outputs/models/2026-11-20");
        assertTrue(out.endsWith("model folder: " + folder + "\n"), out);
        for (String file : List.of("model.json", "features.json", "params.json", "metrics.json", "manifest.json")) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
        }
        CliRun.Result predictions = new CliRun(home).run("db", "query",
                "SELECT fold, count(*) AS n FROM predictions GROUP BY fold ORDER BY fold", "--format", "csv");
        assertTrue(predictions.out().startsWith("fold,n\n0,160\n1,"), predictions.out());
    }

    @Test
    void tooFewSamplesIsAUsageErrorAndMissingTablesSayWhichStageToRun() throws Exception {
        researchTables(home.resolve("data/kairos.duckdb"));
        CliRun.Result tooFew = new CliRun(home).run("train", "--date", "2025-02-28", "--frequency", "monthly");
        assertEquals(2, tooFew.exitCode(), tooFew::toString);
        assertTrue(tooFew.err().startsWith("kairos: Too few samples for 3 walk-forward folds: 2 labelled sample dates from 2024-11-29 to"
                + " 2024-12-31;"), tooFew.err());

        CliRun.Result empty = new CliRun(home).run("train", "--db", "empty.duckdb");
        assertEquals(1, empty.exitCode(), empty::toString);
        assertEquals("kairos: No feature matrix in the store: run kairos features first.\n", empty.err());
    }

    /**
     * feat_matrix, feature_catalog and labels as docs/RESEARCH.md describes them: 40 names over two years of
     * sessions, a 'signal' feature the 20-session forward return follows and a 'noise' feature it does not.
     */
    private static void researchTables(Path db) throws Exception {
        List<LocalDate> sessions = NyseCalendar.create().sessions(LocalDate.of(2024, 11, 20), LocalDate.of(2026, 11, 20));
        try (PriceStore store = PriceStore.open(db, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
                Statement sql = store.connection().createStatement()) {
            sql.execute("CREATE TEMP TABLE sessions AS SELECT * FROM (VALUES " + sessions.stream()
                    .map(day -> "(DATE '" + day + "')").collect(Collectors.joining(", ")) + ") v(date)");
            sql.execute("CREATE TABLE feature_catalog AS SELECT * FROM (VALUES (1, 'signal', 'test', 1, 'the return follows it'),"
                    + " (2, 'noise', 'test', 1, 'unrelated')) v(position, name, family, window_sessions, definition)");
            sql.execute("CREATE TABLE feat_matrix AS SELECT 'N' || lpad(n::VARCHAR, 2, '0') AS ticker, date,"
                    + " hash(n, date, 'signal') % 1000 / 1000.0 - 0.5 AS signal, hash(n, date, 'noise') % 1000 / 1000.0 - 0.5 AS noise"
                    + " FROM range(40) r(n), sessions");
            sql.execute("CREATE TABLE labels AS WITH r AS (SELECT f.ticker, f.date, 20 AS horizon,"
                    + "   lead(f.date, 20) OVER (PARTITION BY f.ticker ORDER BY f.date) AS exit_date,"
                    + "   0.05 * f.signal + 0.02 * (hash(f.ticker, f.date, 'ret') % 1000 / 1000.0 - 0.5) AS fwd_ret FROM feat_matrix f),"
                    + " e AS (SELECT *, fwd_ret - median(fwd_ret) OVER (PARTITION BY date) AS excess_ret FROM r WHERE exit_date IS NOT NULL)"
                    + " SELECT ticker, date, horizon, exit_date, fwd_ret, excess_ret, (excess_ret > 0)::INTEGER AS label, 0 AS tb_label,"
                    + "   exit_date AS tb_hit_date, 0 AS delisted FROM e");
        }
    }
}
