package io.kairos.research;

import io.kairos.KairosException;
import io.kairos.data.csv.DailyPriceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bars of a per-symbol price file (Yahoo/Backtrader CSV, see {@link DailyPriceFile}), every row as written: the
 * symbol is the file name up to its first '-' or '.', the dates must rise from row to row.
 */
public final class PriceFileBars {

    private PriceFileBars() {
    }

    public static Bars read(Path file) {
        List<LocalDate> dates = new ArrayList<>();
        double[][] fields = new double[5][1024];
        DailyPriceFile.read(file, (line, date, open, high, low, close, volume) -> {
            int i = dates.size();
            if (i > 0 && !date.isAfter(dates.get(i - 1))) {
                throw KairosException.failure(file + " line " + line + ": " + date + " does not follow " + dates.get(i - 1)
                        + "; the rows of a price file must be in rising date order, one per date.");
            }
            if (i == fields[0].length) {
                for (int f = 0; f < fields.length; f++) {
                    fields[f] = Arrays.copyOf(fields[f], 2 * i);
                }
            }
            dates.add(date);
            fields[0][i] = open;
            fields[1][i] = high;
            fields[2][i] = low;
            fields[3][i] = close;
            fields[4][i] = volume;
        });
        int n = dates.size();
        return new Bars(DailyPriceFile.ticker(file), dates.toArray(LocalDate[]::new), Arrays.copyOf(fields[0], n),
                Arrays.copyOf(fields[1], n), Arrays.copyOf(fields[2], n), Arrays.copyOf(fields[3], n), Arrays.copyOf(fields[4], n));
    }
}
