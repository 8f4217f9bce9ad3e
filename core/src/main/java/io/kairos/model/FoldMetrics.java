package io.kairos.model;

/**
 * Out-of-sample metrics of a set of predictions (one fold, the test folds, or every fold). A metric
 * that is undefined (one label only, too few names per date) is null.
 *
 * @param rows         predictions
 * @param dates        sample dates
 * @param auc          area under the ROC curve of score against label
 * @param accuracy     share of labels predicted right at a 0.5 threshold
 * @param logLoss      mean negative log-likelihood of the labels
 * @param ic           Pearson correlation of score and forward return, per date, averaged
 * @param rankIc       Spearman correlation of score and forward return, per date, averaged
 * @param decileSpread mean forward return of the top score decile minus the bottom decile, per date, averaged
 */
public record FoldMetrics(int rows, int dates, Double auc, Double accuracy, Double logLoss, Double ic, Double rankIc,
        Double decileSpread) {

    /** The metrics of {@code scores} against the labels and forward returns of the same rows, grouped by date. */
    static FoldMetrics of(double[] scores, double[] labels, double[] returns, int[] dateStarts) {
        return new FoldMetrics(scores.length, dateStarts.length - 1,
                defined(ClassificationMetrics.auc(scores, labels)),
                defined(ClassificationMetrics.accuracy(scores, labels)),
                defined(ClassificationMetrics.logLoss(scores, labels)),
                defined(CrossSectionMetrics.meanIc(scores, returns, dateStarts)),
                defined(CrossSectionMetrics.meanRankIc(scores, returns, dateStarts)),
                defined(CrossSectionMetrics.meanDecileSpread(scores, returns, dateStarts)));
    }

    private static Double defined(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
