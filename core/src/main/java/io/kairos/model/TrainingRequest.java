package io.kairos.model;

import io.kairos.calendar.RebalanceFrequency;
import io.kairos.config.KairosConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to train.
 *
 * @param asOf      the model's date, also its id; null for the last date of the feature matrix
 * @param frequency the sample dates are this frequency's rebalance days
 * @param settings  folds, tuning folds, embargo and seed (model.* of the configuration)
 * @param outputs   the outputs folder; the model goes to {@code <outputs>/models/<model_id>/}
 * @param forward   dates after {@code asOf} whose feature rows the final model scores too (fold 0), for a backtest
 *                  that uses this model until its next refit; their labels are never read
 */
public record TrainingRequest(LocalDate asOf, RebalanceFrequency frequency, KairosConfig.Model settings, Path outputs,
        List<LocalDate> forward) {

    public TrainingRequest {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(outputs, "outputs");
        forward = List.copyOf(forward);
    }

    /** A model that scores nothing beyond its own dates: what {@code kairos train} asks. */
    public TrainingRequest(LocalDate asOf, RebalanceFrequency frequency, KairosConfig.Model settings, Path outputs) {
        this(asOf, frequency, settings, outputs, List.of());
    }
}
