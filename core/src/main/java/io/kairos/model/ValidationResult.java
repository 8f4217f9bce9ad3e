package io.kairos.model;

import java.util.List;

/**
 * What walk-forward validation found: the candidates' tuning AUC, the chosen candidate, every fold's
 * metrics, their summary over the test folds and over every fold, and the out-of-sample score of
 * every labelled row (NaN for rows no fold validated).
 */
record ValidationResult(List<CandidateResult> candidates, HyperParameters chosen, List<FoldResult> folds, FoldMetrics test,
        FoldMetrics overall, float[] outOfSampleScores) {
}
