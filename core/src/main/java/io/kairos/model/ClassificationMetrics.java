package io.kairos.model;

/** How well scores (probabilities of label 1) separate 0/1 labels, pooled over all rows. */
final class ClassificationMetrics {

    /** The probability given to what happened is at least this, so that a certain miss costs a large but finite log-loss. */
    static final double CLIP = 1e-15;

    private ClassificationMetrics() {
    }

    /**
     * The area under the ROC curve: the chance that a random row labelled 1 scores above a random row
     * labelled 0, ties counting one half; NaN when only one label is present.
     */
    static double auc(double[] scores, double[] labels) {
        double[] ranks = Ranks.average(scores);
        double positives = 0;
        double positiveRanks = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 1) {
                positives++;
                positiveRanks += ranks[i];
            }
        }
        double negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRanks - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /** The share of rows whose label is predicted right, predicting 1 when the score is at least 0.5. */
    static double accuracy(double[] scores, double[] labels) {
        if (scores.length == 0) {
            return Double.NaN;
        }
        int right = 0;
        for (int i = 0; i < scores.length; i++) {
            if ((scores[i] >= 0.5) == (labels[i] == 1)) {
                right++;
            }
        }
        return (double) right / scores.length;
    }

    /** The mean negative log-likelihood of the labels, natural logarithm. */
    static double logLoss(double[] scores, double[] labels) {
        if (scores.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double happened = labels[i] == 1 ? scores[i] : 1 - scores[i];
            sum -= Math.log(Math.max(happened, CLIP));
        }
        return sum / scores.length;
    }
}
