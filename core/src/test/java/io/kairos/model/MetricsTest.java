package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The out-of-sample metrics on examples small enough to check by hand. */
class MetricsTest {

    @Test
    void ranksShareTheMeanRankOfTies() {
        assertArrayEquals(new double[] {3.5, 1, 3.5, 2}, Ranks.average(new double[] {3, 1, 3, 2}));
    }

    @Test
    void aucCountsPairsRankedRightWithTiesAsHalf() {
        // positives 0.35, 0.8 against negatives 0.1, 0.4: 0.35 beats 0.1 only, 0.8 beats both: 3 of 4 pairs
        assertEquals(0.75, ClassificationMetrics.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new double[] {0, 0, 1, 1}), 1e-12);
        // positives 0.5, 0.9 against negatives 0.5, 0.2: 0.5 ties 0.5 (a half) and beats 0.2, 0.9 beats both: 3.5 of 4
        assertEquals(0.875, ClassificationMetrics.auc(new double[] {0.5, 0.5, 0.2, 0.9}, new double[] {1, 0, 0, 1}), 1e-12);
        assertTrue(Double.isNaN(ClassificationMetrics.auc(new double[] {0.2, 0.7}, new double[] {1, 1})), "one label only");
    }

    @Test
    void logLossAndAccuracy() {
        // -(ln 0.8 + ln 0.7) / 2
        assertEquals(0.2899092476264711, ClassificationMetrics.logLoss(new double[] {0.8, 0.3}, new double[] {1, 0}), 1e-12);
        // a certain miss is clipped to 1e-15: -ln(1e-15)
        assertEquals(34.538776394910684, ClassificationMetrics.logLoss(new double[] {1.0}, new double[] {0}), 1e-9);
        // 0.5 predicts 1 (right), 0.49 predicts 0 (wrong), 0.9 predicts 1 (right)
        assertEquals(2.0 / 3, ClassificationMetrics.accuracy(new double[] {0.5, 0.49, 0.9}, new double[] {1, 1, 1}), 1e-12);
    }

    @Test
    void icAndRankIcArePerDateCorrelationsAveraged() {
        double[] scores = {1, 2, 3, 0.3, 0.2, 0.1};
        double[] returns = {2, 4, 9, 1, 2, 3};
        int[] dates = {0, 3, 6};
        // date 1: deviations (-1, 0, 1) and (-3, -1, 4): 7 / sqrt(2 * 26) = 0.970725; date 2: exactly reversed, -1
        assertEquals((7 / Math.sqrt(52) - 1) / 2, CrossSectionMetrics.meanIc(scores, returns, dates), 1e-12);
        // ranks: date 1 in the same order (+1), date 2 reversed (-1)
        assertEquals(0.0, CrossSectionMetrics.meanRankIc(scores, returns, dates), 1e-12);
        // ranks (1, 2, 3) against (1, 3, 2): 1 - 6 * 2 / (3 * 8) = 0.5
        assertEquals(0.5, CrossSectionMetrics.meanRankIc(new double[] {0.1, 0.2, 0.3}, new double[] {0.01, 0.03, 0.02},
                new int[] {0, 3}), 1e-12);
    }

    @Test
    void decileSpreadIsTopMinusBottomDecilePerDateAveragedSkippingSmallDates() {
        double[] scores = new double[39];
        double[] returns = new double[39];
        // date 1: 20 names, score i and return i / 100: top {20, 19} 0.195, bottom {1, 2} 0.015, spread 0.18
        for (int i = 1; i <= 20; i++) {
            scores[i - 1] = i;
            returns[i - 1] = i / 100.0;
        }
        // date 2: 9 names, too few for deciles
        for (int i = 1; i <= 9; i++) {
            scores[19 + i] = i;
            returns[19 + i] = 1;
        }
        // date 3: 10 names, score i and return -i / 100: top {10} -0.10, bottom {1} -0.01, spread -0.09
        for (int i = 1; i <= 10; i++) {
            scores[28 + i] = i;
            returns[28 + i] = -i / 100.0;
        }
        assertEquals((0.18 - 0.09) / 2, CrossSectionMetrics.meanDecileSpread(scores, returns, new int[] {0, 20, 29, 39}), 1e-12);
    }

    @Test
    void undefinedMetricsAreNull() {
        FoldMetrics metrics = FoldMetrics.of(new double[] {0.3, 0.6}, new double[] {1, 1}, new double[] {0.01, 0.02}, new int[] {0, 2});
        assertEquals(2, metrics.rows());
        assertEquals(1, metrics.dates());
        assertNull(metrics.auc(), "one label only");
        assertNull(metrics.decileSpread(), "two names only");
        assertEquals(1.0, metrics.rankIc(), 1e-12);
    }
}
