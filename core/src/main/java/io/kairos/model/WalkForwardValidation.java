package io.kairos.model;

import io.kairos.KairosException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Runs the folds of a {@link WalkForwardPlan}: every candidate is trained on each tuning fold and the
 * one with the best AUC over the tuning folds' validation dates is chosen; the test folds, which tuning
 * never saw, are then trained with it. Each fold's model predicts only its own validation dates.
 */
final class WalkForwardValidation {

    private final LabelledSamples data;
    private final List<String> features;
    private final long seed;
    private final Runnable modelTrained;

    /** {@code modelTrained} hears of each model trained, for progress. */
    WalkForwardValidation(LabelledSamples data, List<String> features, long seed, Runnable modelTrained) {
        this.data = data;
        this.features = List.copyOf(features);
        this.seed = seed;
        this.modelTrained = modelTrained;
    }

    ValidationResult run(List<Fold> folds, List<HyperParameters> candidates) {
        List<Fold> tuning = folds.stream().filter(fold -> fold.role() == FoldRole.TUNING).toList();
        List<Fold> test = folds.stream().filter(fold -> fold.role() == FoldRole.TEST).toList();
        float[][] candidateScores = tune(tuning, candidates);
        List<LocalDate> tuningDates = validationDates(tuning);
        List<CandidateResult> results = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            results.add(new CandidateResult(candidates.get(c), metrics(candidateScores[c], tuningDates).auc()));
        }
        int best = best(results);
        HyperParameters chosen = candidates.get(best);
        // the tuning folds keep the chosen candidate's predictions; the test folds get theirs now
        float[] scores = candidateScores[best];
        for (Fold fold : test) {
            try (FoldMatrices matrices = new FoldMatrices(fold)) {
                matrices.trainAndPredict(chosen, scores);
            }
        }
        List<FoldResult> foldResults = folds.stream().map(fold -> new FoldResult(fold,
                RowSet.ofDates(data.samples(), fold.training()).count(), RowSet.ofDates(data.samples(), fold.validation()).count(),
                metrics(scores, fold.validation()))).toList();
        return new ValidationResult(results, chosen, foldResults, metrics(scores, validationDates(test)),
                metrics(scores, validationDates(folds)), scores);
    }

    /** Every candidate's predictions of the tuning folds' validation rows (NaN elsewhere). */
    private float[][] tune(List<Fold> tuning, List<HyperParameters> candidates) {
        float[][] candidateScores = new float[candidates.size()][];
        for (int c = 0; c < candidates.size(); c++) {
            candidateScores[c] = unscored();
        }
        for (Fold fold : tuning) {
            try (FoldMatrices matrices = new FoldMatrices(fold)) {
                for (int c = 0; c < candidates.size(); c++) {
                    matrices.trainAndPredict(candidates.get(c), candidateScores[c]);
                }
            }
        }
        return candidateScores;
    }

    /** The index of the highest tuning AUC, the earliest on a tie; an undefined AUC never wins. */
    private static int best(List<CandidateResult> results) {
        int best = 0;
        for (int c = 1; c < results.size(); c++) {
            Double auc = results.get(c).tuningAuc();
            Double bestAuc = results.get(best).tuningAuc();
            if (auc != null && (bestAuc == null || auc > bestAuc)) {
                best = c;
            }
        }
        return best;
    }

    private float[] unscored() {
        float[] scores = new float[data.samples().rows()];
        Arrays.fill(scores, Float.NaN);
        return scores;
    }

    private static List<LocalDate> validationDates(List<Fold> folds) {
        return folds.stream().flatMap(fold -> fold.validation().stream()).toList();
    }

    /** The metrics of {@code scores} on {@code dates}, consecutive sample dates. */
    private FoldMetrics metrics(float[] scores, List<LocalDate> dates) {
        Samples samples = data.samples();
        int firstDate = samples.dateIndex(dates.get(0));
        int from = samples.dateStart(firstDate);
        int to = samples.dateEnd(samples.dateIndex(dates.get(dates.size() - 1)));
        int[] dateStarts = new int[dates.size() + 1];
        for (int d = 0; d <= dates.size(); d++) {
            dateStarts[d] = (d < dates.size() ? samples.dateStart(firstDate + d) : to) - from;
        }
        double[] scored = new double[to - from];
        double[] labels = new double[to - from];
        double[] returns = new double[to - from];
        for (int row = from; row < to; row++) {
            scored[row - from] = scores[row];
            labels[row - from] = data.labels()[row];
            returns[row - from] = data.forwardReturns()[row];
        }
        return FoldMetrics.of(scored, labels, returns, dateStarts);
    }

    /** A fold's training rows as an XGBoost matrix, made once for every candidate tried on it, and its validation rows. */
    private final class FoldMatrices implements AutoCloseable {

        private final Fold fold;
        private final DMatrix training;
        private final RowSet validation;

        FoldMatrices(Fold fold) {
            this.fold = fold;
            validation = RowSet.ofDates(data.samples(), fold.validation());
            try {
                training = XgbMatrices.of(data.samples(), RowSet.ofDates(data.samples(), fold.training()), features, data.labels());
            } catch (XGBoostError e) {
                throw failure(e);
            }
        }

        /** Trains {@code parameters} and writes the predictions of the validation rows into {@code scores}. */
        void trainAndPredict(HyperParameters parameters, float[] scores) {
            Booster booster = GradientBoosting.train(training, parameters, seed);
            try {
                float[] predicted = XgbMatrices.predict(booster, data.samples(), validation, features);
                // consecutive dates: the validation rows are one range
                System.arraycopy(predicted, 0, scores, validation.start(0), predicted.length);
            } catch (XGBoostError e) {
                throw failure(e);
            } finally {
                booster.dispose();
            }
            modelTrained.run();
        }

        private KairosException failure(XGBoostError e) {
            return KairosException.failure("XGBoost failed on the rows of fold " + fold.number() + ": " + e.getMessage(), e);
        }

        @Override
        public void close() {
            training.dispose();
        }
    }
}
