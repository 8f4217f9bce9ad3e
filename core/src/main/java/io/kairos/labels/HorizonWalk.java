package io.kairos.labels;

/**
 * Finds where the horizon of each entry of a ticker ends (docs/RESEARCH.md, labels):
 * <ul>
 * <li>the exit session is after the store's last date: no label, for any ticker, delisted or not:
 *     the date's cross-section, and so its median, is not complete yet;</li>
 * <li>the ticker has a price on or after the exit session: the exit is that session, priced at the
 *     ticker's last row on or before it (the exit itself, or the row before a gap);</li>
 * <li>otherwise, a ticker marked delisted exits on its last row ({@code delisted});</li>
 * <li>otherwise the entry has no label: its exit is after the store's last date, or after the data
 *     of a ticker that is not marked delisted.</li>
 * </ul>
 */
final class HorizonWalk {

    /** Hears each entry of a ticker, in date order. */
    @FunctionalInterface
    interface Visitor {

        /** Entry row {@code entry} exits at the price of {@code exitRow}, on epoch day {@code exitDay}. */
        void labelled(int entry, int exitRow, int exitDay, boolean delisted);

        /** An entry has no label; its {@code exitDay} is {@link ExitSessions#BEYOND_DATA} past the store's end. */
        default void unlabelled(int exitDay) {
        }
    }

    private final ExitSessions exits;

    HorizonWalk(ExitSessions exits) {
        this.exits = exits;
    }

    void walk(PriceSeries series, Visitor visitor) {
        int lastRow = series.size() - 1;
        int exitRow = 0;
        for (int entry = 0; entry <= lastRow; entry++) {
            int exitDay = exits.exitDay(series.day(entry));
            if (exitDay == ExitSessions.BEYOND_DATA) {
                visitor.unlabelled(exitDay);
            } else if (series.lastDay() >= exitDay) {
                // exit days only grow with the entry, so the exit row moves forward only
                exitRow = Math.max(exitRow, entry);
                while (exitRow < lastRow && series.day(exitRow + 1) <= exitDay) {
                    exitRow++;
                }
                visitor.labelled(entry, exitRow, exitDay, false);
            } else if (series.delisted()) {
                visitor.labelled(entry, lastRow, series.lastDay(), true);
            } else {
                visitor.unlabelled(exitDay);
            }
        }
    }

    /** The forward return of an entry: one expression, so that every pass gets the same bits. */
    static double forwardReturn(PriceSeries series, int entry, int exitRow) {
        return series.close(exitRow) / series.close(entry) - 1;
    }
}
