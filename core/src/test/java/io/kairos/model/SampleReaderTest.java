package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which rows are samples, in what order, and what a missing feature becomes, on six hand-made rows. */
class SampleReaderTest {

    private static final LocalDate JAN_30 = LocalDate.of(2026, 1, 30);
    private static final LocalDate FEB_27 = LocalDate.of(2026, 2, 27);

    @TempDir
    Path dir;

    @Test
    void readsCatalogOrderNaNForMissingAndOnlyLabelsKnownByTheAsOfDate() throws Exception {
        try (PriceStore store = PriceStore.open(dir.resolve("k.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
                Statement sql = store.connection().createStatement()) {
            sql.execute("CREATE TABLE feature_catalog AS SELECT * FROM (VALUES (1, 'b', 'f', 1, 'b'), (2, 'a', 'f', 1, 'a'))"
                    + " v(position, name, family, window_sessions, definition)");
            sql.execute("CREATE TABLE feat_matrix (ticker VARCHAR, date DATE, a DOUBLE, b DOUBLE)");
            sql.execute("INSERT INTO feat_matrix VALUES ('ZZ', '2026-01-30', 1, 2), ('AA', '2026-01-30', NULL, 'infinity'),"
                    + " ('AA', '2026-01-29', 5, 5), ('AA', '2026-02-27', 'nan', 0.5), ('ZZ', '2026-02-27', 3, -1),"
                    + " ('MM', '2026-02-27', 7, 8)");
            sql.execute("CREATE TABLE labels (ticker VARCHAR, date DATE, horizon INTEGER, exit_date DATE, fwd_ret DOUBLE,"
                    + " excess_ret DOUBLE, label INTEGER, tb_label INTEGER, tb_hit_date DATE, delisted INTEGER)");
            sql.execute("INSERT INTO labels VALUES"
                    + " ('ZZ', '2026-01-30', 20, '2026-02-27', 0.04, 0.01, 1, 0, '2026-02-27', 0),"
                    + " ('AA', '2026-01-30', 20, '2026-02-27', -0.02, -0.01, 0, 0, '2026-02-27', 0),"
                    // ends after the as-of date: not known yet
                    + " ('ZZ', '2026-02-27', 20, '2026-03-27', 0.01, 0.0, 1, 0, '2026-03-27', 0),"
                    // no usable return
                    + " ('MM', '2026-02-27', 20, '2026-02-27', 'nan', 0.0, 1, 0, '2026-02-27', 1)");
            TrainingSource source = TrainingSource.of(store.connection());
            assertEquals(List.of("b", "a"), source.features());
            SampleReader reader = new SampleReader(store.connection(), source.features(), LocalDate.of(2026, 3, 2));

            try (LabelledSamples labelled = reader.labelled(List.of(JAN_30, FEB_27))) {
                Samples samples = labelled.samples();
                assertEquals(List.of(JAN_30), samples.dates());
                assertEquals(List.of("AA|NaN|NaN|0.0|-0.02", "ZZ|2.0|1.0|1.0|0.04"), rows(samples, labelled));
                assertEquals(List.of(LocalDate.of(2026, 2, 27)), labelled.lastExits());
            }
            try (Samples latest = reader.unlabelled(List.of(FEB_27))) {
                assertEquals(List.of("AA|0.5|NaN", "MM|8.0|7.0", "ZZ|-1.0|3.0"), rows(latest, null));
            }
        }
    }

    /** ticker|b|a, then label|fwd_ret when labelled. */
    private static List<String> rows(Samples samples, LabelledSamples labelled) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < samples.rows(); row++) {
            String text = samples.ticker(row) + "|" + samples.feature(row, 0) + "|" + samples.feature(row, 1);
            if (labelled != null) {
                text += "|" + labelled.labels()[row] + "|" + labelled.forwardReturns()[row];
            }
            rows.add(text);
        }
        return rows;
    }
}
