package io.kairos.model;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts labelled sample dates into purged walk-forward folds, in time order and never shuffled: an
 * initial training block, then {@code folds} consecutive validation blocks of equal size (the initial
 * block takes the remainder). Fold k trains on the sample dates before its validation block except
 * <ul>
 * <li>the embargoed ones: fewer than {@code embargo} sessions lie strictly between the date and the
 * first validation date, and</li>
 * <li>the purged ones: a label of the date ends on or after the first validation date, so its return
 * overlaps the validation period (possible when the labels' horizon exceeds the embargo).</li>
 * </ul>
 * The first {@code tuningFolds} folds choose the hyperparameters; the rest are test folds.
 */
final class WalkForwardPlan {

    private final NyseCalendar calendar;
    private final int folds;
    private final int tuningFolds;
    private final int embargo;

    WalkForwardPlan(NyseCalendar calendar, KairosConfig.Model settings) {
        this.calendar = calendar;
        this.folds = settings.folds();
        this.tuningFolds = settings.tuningFolds();
        this.embargo = settings.embargo();
    }

    /**
     * The folds of {@code dates} (ascending sessions), where {@code lastExits.get(i)} is the latest
     * exit date among the labels of {@code dates.get(i)}; a usage error when there are too few dates.
     */
    List<Fold> folds(List<LocalDate> dates, List<LocalDate> lastExits) {
        int block = dates.size() / (folds + 1);
        if (block == 0) {
            throw tooFew(dates, "an initial training block and " + folds + " validation blocks need at least " + (folds + 1)
                    + " dates");
        }
        List<LocalDate> sessions = calendar.sessions(dates.get(0), dates.get(dates.size() - 1));
        int initial = dates.size() - folds * block;
        List<Fold> plan = new ArrayList<>(folds);
        for (int number = 1; number <= folds; number++) {
            int from = initial + (number - 1) * block;
            LocalDate validationStart = dates.get(from);
            int validationSession = sessionIndex(sessions, validationStart);
            List<LocalDate> training = new ArrayList<>();
            List<LocalDate> embargoed = new ArrayList<>();
            List<LocalDate> purged = new ArrayList<>();
            for (int i = 0; i < from; i++) {
                LocalDate date = dates.get(i);
                int sessionsBetween = validationSession - sessionIndex(sessions, date) - 1;
                if (sessionsBetween < embargo) {
                    embargoed.add(date);
                } else if (!lastExits.get(i).isBefore(validationStart)) {
                    purged.add(date);
                } else {
                    training.add(date);
                }
            }
            if (training.isEmpty()) {
                throw tooFew(dates, "fold " + number + " validates from " + validationStart + " and no earlier date is at least "
                        + embargo + " sessions (model.embargo) before it with a label ending before it");
            }
            plan.add(new Fold(number, number <= tuningFolds ? FoldRole.TUNING : FoldRole.TEST, training, embargoed, purged,
                    dates.subList(from, from + block)));
        }
        return List.copyOf(plan);
    }

    private static int sessionIndex(List<LocalDate> sessions, LocalDate date) {
        int index = Collections.binarySearch(sessions, date);
        if (index < 0) {
            throw new IllegalArgumentException("sample date " + date + " is not an NYSE session");
        }
        return index;
    }

    private KairosException tooFew(List<LocalDate> dates, String why) {
        String span = dates.isEmpty() ? "no labelled sample date"
                : dates.size() + " labelled sample dates from " + dates.get(0) + " to " + dates.get(dates.size() - 1);
        return KairosException.usage("Too few samples for " + folds + " walk-forward folds: " + span + "; " + why
                + ". Load more history, sample weekly (--frequency weekly) or lower model.folds.");
    }
}
