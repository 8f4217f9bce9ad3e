package io.kairos.model;

/** A walk-forward fold with the rows it trained and validated on and its out-of-sample metrics. */
public record FoldResult(Fold fold, int trainingRows, int validationRows, FoldMetrics metrics) {
}
