package io.kairos.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the final model trained on (every labelled sample up to the as-of date) and what it scored
 * (the sample dates after the last labelled one, and the latest date): the fold-0 predictions.
 */
public record FinalTraining(LocalDate trainingStart, LocalDate trainingEnd, int trainingDates, int trainingRows,
        List<LocalDate> scoredDates, int scoredRows) {

    public FinalTraining {
        scoredDates = List.copyOf(scoredDates);
    }
}
