package io.kairos.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.csv.CsvImport;
import io.kairos.data.csv.NyseSessionRule;
import io.kairos.ops.ProgressListener;
import io.kairos.testsupport.SharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real S&P 500 file (../shared/data/README.md): 505 names, 1,259 sessions from 2013-02-08 to
 * 2018-02-07, all of them trading on the last day, 619,029 rows after the import quarantines the 11
 * blank-open ones. No name is delisted, so the last 20 sessions have no labels.
 */
class RealSp500LabelsTest {

    @TempDir
    Path dir;

    @Test
    void everyNameIsLabelledUpToTwentySessionsBeforeTheEnd() {
        Path prices = SharedData.file("sp500_5yr_daily.csv.gz");
        try (TestStore store = new TestStore(dir.resolve("k.duckdb"))) {
            new CsvImport(new NyseSessionRule(LabelsTestSupport.CALENDAR), LocalDate.of(2026, 11, 20)).run(store.store(),
                    new CsvImport.Request(List.of(prices), Optional.empty(), Optional.empty(), false), ProgressListener.NONE);
            LabelSummary summary = store.build(LabelsTestSupport.DEFAULTS);

            List<LocalDate> sessions = LabelsTestSupport.sessions("2013-02-08", "2018-02-07");
            LabelCounts written = summary.written();
            assertEquals(505 * 20, summary.endOfData());
            assertEquals(0, summary.afterTickerEnd());
            assertEquals(619_029 - 505 * 20, written.rows());
            assertEquals(1_259 - 20, written.dates());
            assertEquals(sessions.get(0), written.firstDate());
            assertEquals(sessions.get(sessions.size() - 21), written.lastDate());
            assertEquals(0, written.delisted());
            // odd cross-sections put one name on the median (label 0): a little under half
            assertTrue(written.positiveShare() > 0.49 && written.positiveShare() < 0.5, () -> "" + written.positiveShare());
        }
    }
}
