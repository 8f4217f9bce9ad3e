package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Purge and embargo on hand-made dates: nine Fridays of early 2026, labels ending four sessions later
 * except 2026-01-09's, which ends on 2026-01-23. NYSE is closed on 2026-01-19 and 2026-02-16.
 */
class WalkForwardPlanTest {

    private static final NyseCalendar CALENDAR = NyseCalendar.create();
    private static final List<LocalDate> FRIDAYS = Stream.of("2026-01-02", "2026-01-09", "2026-01-16", "2026-01-23",
            "2026-01-30", "2026-02-06", "2026-02-13", "2026-02-20", "2026-02-27").map(LocalDate::parse).toList();

    private static List<LocalDate> exits() {
        return FRIDAYS.stream().map(date -> date.equals(day("2026-01-09")) ? day("2026-01-23") : fourSessionsAfter(date)).toList();
    }

    @Test
    void foldsAreConsecutiveBlocksWithEmbargoedAndPurgedDatesLeftOutOfTraining() {
        List<Fold> folds = plan(2, 5).folds(FRIDAYS, exits());

        // 9 dates, 2 folds: blocks of 9 / 3 = 3 dates, the initial training block takes the first 3
        Fold first = folds.get(0);
        assertEquals(FoldRole.TUNING, first.role());
        assertEquals(days("2026-01-23", "2026-01-30", "2026-02-06"), first.validation());
        // 01-16 has 3 sessions before 01-23 (01-20, 01-21, 01-22): fewer than 5, embargoed
        assertEquals(days("2026-01-16"), first.embargoed());
        // 01-09 is 8 sessions away but its label ends on 01-23, the first validation date: purged
        assertEquals(days("2026-01-09"), first.purged());
        assertEquals(days("2026-01-02"), first.training());

        Fold second = folds.get(1);
        assertEquals(FoldRole.TEST, second.role());
        assertEquals(days("2026-02-13", "2026-02-20", "2026-02-27"), second.validation());
        // 02-06 has 4 sessions before 02-13 (02-09 to 02-12); 01-30 has 9 and its label ends on 02-05
        assertEquals(days("2026-02-06"), second.embargoed());
        assertEquals(List.of(), second.purged());
        assertEquals(days("2026-01-02", "2026-01-09", "2026-01-16", "2026-01-23", "2026-01-30"), second.training());
    }

    @Test
    void aDateWithExactlyTheEmbargoBetweenItAndValidationTrains() {
        // 02-06 to 02-13: four sessions between
        Fold second = plan(2, 4).folds(FRIDAYS, exits()).get(1);
        assertEquals(List.of(), second.embargoed());
        assertEquals(day("2026-02-06"), second.trainingEnd());
    }

    @Test
    void tooFewDatesOrNoRoomForTrainingIsAUsageError() {
        KairosException tooFew = assertThrows(KairosException.class, () -> plan(3, 5).folds(FRIDAYS.subList(0, 3), exits().subList(0, 3)));
        assertEquals(KairosException.Kind.USAGE, tooFew.kind());
        assertEquals("Too few samples for 3 walk-forward folds: 3 labelled sample dates from 2026-01-02 to 2026-01-16; an initial"
                + " training block and 3 validation blocks need at least 4 dates. Load more history, sample weekly"
                + " (--frequency weekly) or lower model.folds.", tooFew.getMessage());

        KairosException noTraining = assertThrows(KairosException.class, () -> plan(2, 20).folds(FRIDAYS, exits()));
        assertTrue(noTraining.getMessage().contains("fold 1 validates from 2026-01-23 and no earlier date is at least 20 sessions"
                + " (model.embargo) before it"), noTraining.getMessage());
    }

    private static WalkForwardPlan plan(int folds, int embargo) {
        return new WalkForwardPlan(CALENDAR, new KairosConfig.Model(folds, 1, embargo, 42, 45, 0.25));
    }

    private static LocalDate fourSessionsAfter(LocalDate date) {
        LocalDate exit = date;
        for (int i = 0; i < 4; i++) {
            exit = CALENDAR.nextSession(exit);
        }
        return exit;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> days(String... iso) {
        return Stream.of(iso).map(LocalDate::parse).toList();
    }
}
