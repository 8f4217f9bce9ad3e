package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kairos.data.store.PriceStore;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values on a tiny hand-made store, against numbers worked out by hand or by the textbook formula
 * written out plainly here (no running sums, no windows kept between rows).
 */
class HandCheckedValuesTest {

    private static final int ROWS = 400;
    private static final int DIVIDEND_ROW = 150;
    private static final int SPIKE_ROW = 100;
    private static final double SPIKE_HIGH = 150;
    private static final List<LocalDate> DAYS = FeatureStores.CALENDAR.sessions(LocalDate.of(2022, 1, 3), LocalDate.of(2024, 1, 31))
            .subList(0, ROWS);

    @TempDir
    static Path dir;
    private static PriceStore store;

    @BeforeAll
    static void buildTheFeaturesOfTwoHandMadeTickers() {
        store = FeatureStores.open(dir.resolve("hand.duckdb"));
        List<FeatureStores.Bar> bars = new ArrayList<>();
        for (int k = 0; k < ROWS; k++) {
            double close = close(k);
            bars.add(new FeatureStores.Bar("AAA", DAYS.get(k), close - 0.5, k == SPIKE_ROW ? SPIKE_HIGH : close + 1, close - 1,
                    close, volume(k), closeadj(k)));
        }
        // RSI by hand: up 2, down 1, seven times each
        double[] steps = {10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17, 16, 18, 17};
        for (int k = 0; k < steps.length; k++) {
            bars.add(FeatureStores.Bar.flat("BBB", DAYS.get(k), steps[k], 500));
        }
        FeatureStores.insert(store, bars);
        FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** A wavy, slowly rising close. */
    private static double close(int k) {
        return 100 + 10 * Math.sin(k / 7.0) + 0.05 * k;
    }

    private static double volume(int k) {
        return 1000 + 10 * k;
    }

    /** Dividend-adjusted: a 2% dividend went ex on row 150, so earlier closes are scaled by 0.98. */
    private static double closeadj(int k) {
        return close(k) * (k < DIVIDEND_ROW ? 0.98 : 1);
    }

    private static Double aaa(Feature feature, int row) {
        return FeatureStores.feature(store, feature, "AAA", DAYS.get(row));
    }

    @Test
    void oneWeekMomentumIsTheTotalReturnOverFiveRowsFromCloseadj() {
        assertNull(aaa(Feature.MOM_5D, 4), "five rows back do not exist yet");
        assertEquals(closeadj(5) / closeadj(0) - 1, aaa(Feature.MOM_5D, 5), 1e-15);
        // across the ex-date the dividend counts: close alone would miss 2%
        assertEquals(close(152) / (0.98 * close(147)) - 1, aaa(Feature.MOM_5D, 152), 1e-12);
    }

    @Test
    void twentyDayVolatilityIsTheAnnualisedSampleSdOfTwentyLogReturns() {
        assertNull(aaa(Feature.VOL_20, 19), "twenty returns need twenty-one prices");
        for (int row : new int[] {20, 160, 399}) {
            double[] returns = new double[20];
            for (int j = 0; j < 20; j++) {
                int k = row - 19 + j;
                returns[j] = Math.log(closeadj(k) / closeadj(k - 1));
            }
            double mean = 0;
            for (double r : returns) {
                mean += r / 20;
            }
            double squares = 0;
            for (double r : returns) {
                squares += (r - mean) * (r - mean);
            }
            assertEquals(Math.sqrt(squares / 19) * Math.sqrt(252), aaa(Feature.VOL_20, row), 1e-12, "row " + row);
        }
    }

    @Test
    void averageDollarVolumeIsTheMeanOfCloseTimesVolumeOverTwentyRows() {
        assertNull(aaa(Feature.ADV_20, 18));
        double sum = 0;
        for (int k = 0; k < 20; k++) {
            sum += close(k) * volume(k);
        }
        assertEquals(sum / 20, aaa(Feature.ADV_20, 19), 1e-6);
    }

    @Test
    void rsiOfSevenGainsOfTwoAndSevenLossesOfOneIsTwoThirds() {
        assertNull(FeatureStores.feature(store, Feature.RSI_14, "BBB", DAYS.get(13)));
        assertEquals(100 * 14.0 / 21.0, FeatureStores.feature(store, Feature.RSI_14, "BBB", DAYS.get(14)), 1e-12);
    }

    @Test
    void theFiftyTwoWeekHighIsTheSpikeUntilItLeavesTheWindow() {
        assertNull(aaa(Feature.DIST_52W_HIGH, 250), "252 rows are needed");
        assertEquals(close(299) / SPIKE_HIGH - 1, aaa(Feature.DIST_52W_HIGH, 299), 1e-15);
        assertEquals(299 - SPIKE_ROW, aaa(Feature.DAYS_SINCE_52W_HIGH, 299));
        // at row 360 the window is rows 109..360, after the spike
        double highest = 0;
        int at = -1;
        for (int k = 109; k <= 360; k++) {
            if (close(k) + 1 >= highest) {
                highest = close(k) + 1;
                at = k;
            }
        }
        assertEquals(close(360) / highest - 1, aaa(Feature.DIST_52W_HIGH, 360), 1e-15);
        assertEquals(360 - at, aaa(Feature.DAYS_SINCE_52W_HIGH, 360));
    }

    @Test
    void tickersWithTooFewNamesGetNoCrossSectionalValues() {
        assertEquals(0, StoreSql.count(store, "SELECT count(z_mom_21d) + count(rank_vol_20) + count(sector_mom_63d)"
                + " FROM feat_matrix"), "two tickers are fewer than the three a cross-section needs");
    }
}
