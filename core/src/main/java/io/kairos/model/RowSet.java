package io.kairos.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A selection of sample rows as ascending, non-adjacent [start, end) ranges. */
final class RowSet {

    private final int[] starts;
    private final int[] ends;
    private final int count;

    private RowSet(int[] starts, int[] ends, int ranges) {
        this.starts = Arrays.copyOf(starts, ranges);
        this.ends = Arrays.copyOf(ends, ranges);
        int rows = 0;
        for (int i = 0; i < ranges; i++) {
            rows += ends[i] - starts[i];
        }
        this.count = rows;
    }

    /** The rows of {@code dates} (ascending sample dates of {@code samples}). */
    static RowSet ofDates(Samples samples, List<LocalDate> dates) {
        int[] starts = new int[dates.size()];
        int[] ends = new int[dates.size()];
        int ranges = 0;
        for (LocalDate date : dates) {
            int d = samples.dateIndex(date);
            if (ranges > 0 && ends[ranges - 1] == samples.dateStart(d)) {
                ends[ranges - 1] = samples.dateEnd(d);
            } else {
                starts[ranges] = samples.dateStart(d);
                ends[ranges] = samples.dateEnd(d);
                ranges++;
            }
        }
        return new RowSet(starts, ends, ranges);
    }

    /** Every row of {@code samples}. */
    static RowSet all(Samples samples) {
        return new RowSet(new int[] {0}, new int[] {samples.rows()}, 1);
    }

    int count() {
        return count;
    }

    int ranges() {
        return starts.length;
    }

    int start(int range) {
        return starts[range];
    }

    int end(int range) {
        return ends[range];
    }

    /** These rows in order, cut into sets of at most {@code size} rows. */
    List<RowSet> chunks(int size) {
        List<RowSet> chunks = new ArrayList<>();
        int[] chunkStarts = new int[starts.length];
        int[] chunkEnds = new int[starts.length];
        int ranges = 0;
        int rows = 0;
        for (int i = 0; i < starts.length; i++) {
            int start = starts[i];
            while (start < ends[i]) {
                int end = Math.min(ends[i], start + size - rows);
                chunkStarts[ranges] = start;
                chunkEnds[ranges++] = end;
                rows += end - start;
                start = end;
                if (rows == size) {
                    chunks.add(new RowSet(chunkStarts, chunkEnds, ranges));
                    ranges = 0;
                    rows = 0;
                }
            }
        }
        if (rows > 0) {
            chunks.add(new RowSet(chunkStarts, chunkEnds, ranges));
        }
        return chunks;
    }

    /** The values of {@code values} at these rows, in order. */
    float[] gather(float[] values) {
        float[] gathered = new float[count];
        int at = 0;
        for (int i = 0; i < starts.length; i++) {
            System.arraycopy(values, starts[i], gathered, at, ends[i] - starts[i]);
            at += ends[i] - starts[i];
        }
        return gathered;
    }
}
