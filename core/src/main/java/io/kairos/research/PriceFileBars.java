package io.kairos.research;

import io.kairos.KairosException;
import io.kairos.data.csv.DailyPriceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bars of a per-symbol price file (Yahoo/Backtrader CSV, see {@link DailyPriceFile}), every row as written: the
 * symbol is the file name up to its first '-' or '.', the dates must rise from row to row.
 */
public final class PriceFileBars {

    private PriceFileBars() {
    }

    /**
     * The bars of several price files, each cut to {@code start..end} (null: the file's first or last date), in the order
     * given: what {@code kairos research} and {@code kairos portfolio-assemble} read with {@code --prices}.
     *
     * @throws KairosException usage when two files give the same symbol; failure when a file has no bar in the range
     */
    public static List<Bars> readAll(List<Path> files, LocalDate start, LocalDate end) {
        List<Bars> bars = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            Bars all = read(file);
            if (!seen.add(all.symbol())) {
                throw KairosException.usage("Two price files give the symbol " + all.symbol() + "; give one file per symbol.");
            }
            LocalDate from = start != null ? start : all.size() > 0 ? all.date(0) : LocalDate.of(1900, 1, 1);
            LocalDate to = end != null ? end : all.size() > 0 ? all.date(all.size() - 1) : from;
            Bars range = all.between(from, to);
            if (range.size() == 0) {
                throw KairosException.failure("No bars for " + all.symbol() + " from " + from + " to " + to + " in " + file
                        + (all.size() > 0 ? " (it runs from " + all.date(0) + " to " + all.date(all.size() - 1) + ")" : "")
                        + ": pick a range inside the file.");
            }
            bars.add(range);
        }
        return bars;
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
