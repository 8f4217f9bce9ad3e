package io.kairos.model;

import io.kairos.calendar.RebalanceFrequency;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code kairos train} did: the model's id and folder, its settings, the tuning, the folds with
 * their out-of-sample metrics and summaries, the final model, and how long each phase took.
 *
 * @param horizon  the labels' forward-return horizon, sessions
 * @param embargo  sessions between the last training date and the first validation date, at least
 * @param timings  seconds per phase: read, validate, final, write (for the benchmark; not in any artifact)
 */
public record TrainingReport(String modelId, Path folder, LocalDate asOf, RebalanceFrequency frequency, int horizon,
        int embargo, long seed, List<String> features, List<CandidateResult> candidates, HyperParameters chosen,
        List<FoldResult> folds, FoldMetrics test, FoldMetrics overall, FinalTraining finalModel, Map<String, Duration> timings) {

    public TrainingReport {
        features = List.copyOf(features);
        candidates = List.copyOf(candidates);
        folds = List.copyOf(folds);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** The same report with {@code timings}. */
    public TrainingReport withTimings(Map<String, Duration> timings) {
        return new TrainingReport(modelId, folder, asOf, frequency, horizon, embargo, seed, features, candidates, chosen, folds, test,
                overall, finalModel, timings);
    }
}
