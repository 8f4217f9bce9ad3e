package io.kairos.features;

/** Z-scores and percentile ranks of a few time-series features across every ticker of the date. */
final class CrossSectionFeatures {

    private final CrossSection ranks = new CrossSection();
    private double[] logAdv = new double[0];

    void compute(Columns columns) {
        int n = columns.size();
        CrossSection.zScores(columns.of(Feature.MOM_12_1), n, columns.of(Feature.Z_MOM_12_1));
        CrossSection.zScores(columns.of(Feature.MOM_21D), n, columns.of(Feature.Z_MOM_21D));
        CrossSection.zScores(columns.of(Feature.VOL_60), n, columns.of(Feature.Z_VOL_60));
        CrossSection.zScores(logAdv(columns), n, columns.of(Feature.Z_LOG_ADV_20));
        CrossSection.zScores(columns.of(Feature.BETA_252), n, columns.of(Feature.Z_BETA_252));
        ranks.percentileRanks(columns.of(Feature.MOM_12_1), n, columns.of(Feature.RANK_MOM_12_1));
        ranks.percentileRanks(columns.of(Feature.VOL_20), n, columns.of(Feature.RANK_VOL_20));
        ranks.percentileRanks(columns.of(Feature.ADV_20), n, columns.of(Feature.RANK_ADV_20));
    }

    /** ln(adv_20): dollar volume spans orders of magnitude, so its z-score is taken on the log. */
    private double[] logAdv(Columns columns) {
        int n = columns.size();
        if (logAdv.length < n) {
            logAdv = new double[n];
        }
        double[] adv = columns.of(Feature.ADV_20);
        for (int i = 0; i < n; i++) {
            logAdv[i] = Math.log(adv[i]);
        }
        return logAdv;
    }
}
