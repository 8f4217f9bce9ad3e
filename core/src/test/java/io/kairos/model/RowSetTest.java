package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of sample dates as ranges, and those ranges cut into chunks. */
class RowSetTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 16),
            LocalDate.of(2026, 1, 23));

    @Test
    void adjacentDatesMergeAndChunksCutAcrossRanges() {
        // rows per date 3, 2, 4, 1: dates 1 and 2 are rows 0-4, date 4 is row 9
        try (Samples samples = new Samples(DATES, new int[] {3, 2, 4, 1}, 1)) {
            RowSet rows = RowSet.ofDates(samples, List.of(DATES.get(0), DATES.get(1), DATES.get(3)));
            assertEquals(List.of("0-5", "9-10"), ranges(rows));
            assertEquals(6, rows.count());
            List<List<String>> chunks = rows.chunks(4).stream().map(RowSetTest::ranges).toList();
            assertEquals(List.of(List.of("0-4"), List.of("4-5", "9-10")), chunks);
            assertEquals(List.of(List.of("0-5", "9-10")), rows.chunks(6).stream().map(RowSetTest::ranges).toList());
        }
    }

    private static List<String> ranges(RowSet rows) {
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < rows.ranges(); i++) {
            ranges.add(rows.start(i) + "-" + rows.end(i));
        }
        return ranges;
    }
}
