package io.kairos.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One walk-forward fold, by sample date: the model of fold {@code number} trains on {@code training}
 * and predicts {@code validation}; {@code embargoed} dates lie too close before the validation block,
 * and {@code purged} dates have a label that reaches into it. Every list is ascending.
 */
public record Fold(int number, FoldRole role, List<LocalDate> training, List<LocalDate> embargoed, List<LocalDate> purged,
        List<LocalDate> validation) {

    public Fold {
        training = List.copyOf(training);
        embargoed = List.copyOf(embargoed);
        purged = List.copyOf(purged);
        validation = List.copyOf(validation);
    }

    public LocalDate validationStart() {
        return validation.get(0);
    }

    public LocalDate validationEnd() {
        return validation.get(validation.size() - 1);
    }

    public LocalDate trainingStart() {
        return training.get(0);
    }

    public LocalDate trainingEnd() {
        return training.get(training.size() - 1);
    }
}
