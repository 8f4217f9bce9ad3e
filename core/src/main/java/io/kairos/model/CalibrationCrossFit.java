package io.kairos.model;

import io.kairos.KairosException;

/**
 * Out-of-sample probabilities for the calibrator itself: each fold's rows are calibrated by a curve
 * fitted on the other folds' rows only, so comparing methods or measuring the result never scores
 * a curve on the rows it was fitted to.
 */
final class CalibrationCrossFit {

    private CalibrationCrossFit() {
    }

    /** The cross-fitted probability of every row of {@code sample}, in its order. */
    static double[] probabilities(CalibrationMethod method, CalibrationSample sample) {
        int[] folds = sample.distinctFolds();
        if (folds.length < 2) {
            throw KairosException.failure("Cross-fitted calibration needs out-of-sample predictions from at least two folds,"
                    + " but there are only fold " + folds[0] + "'s: retrain with model.folds of 2 or more.");
        }
        double[] probabilities = new double[sample.size()];
        for (int fold : folds) {
            CalibrationSample training = sample.without(fold);
            CalibrationCurve curve = method.fit(training.scores(), training.labels());
            for (int i = 0; i < probabilities.length; i++) {
                if (sample.folds()[i] == fold) {
                    probabilities[i] = curve.probability(sample.scores()[i]);
                }
            }
        }
        return probabilities;
    }
}
