package io.kairos.model;

import io.kairos.calendar.RebalanceFrequency;
import io.kairos.config.KairosConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to train.
 *
 * @param asOf      the model's date, also its id; null for the last date of the feature matrix
 * @param frequency the sample dates are this frequency's rebalance days
 * @param settings  folds, tuning folds, embargo and seed (model.* of the configuration)
 * @param outputs   the outputs folder; the model goes to {@code <outputs>/models/<model_id>/}
 */
public record TrainingRequest(LocalDate asOf, RebalanceFrequency frequency, KairosConfig.Model settings, Path outputs) {

    public TrainingRequest {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(outputs, "outputs");
    }
}
