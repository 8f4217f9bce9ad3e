package io.kairos.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns price rows into feature rows, a block of consecutive dates at a time. A ticker's features
 * depend only on its own last {@value TickerSeries#HISTORY} rows before the current one and on the
 * market return of those rows' dates, so a run that starts reading that early gives the same values
 * as one that read everything.
 *
 * <p>Dates before the first output date only move the windows on (an incremental run reads them as
 * history): no features are computed for them.
 *
 * <p>Within a block the time-series features are computed ticker by ticker: a ticker's windows (some
 * 30 KB) stay in the processor's cache over its rows of the block, where date by date they would be
 * fetched from memory for every row. Cross-sectional features follow, date by date.
 */
final class FeatureEngine {

    private final Universe universe;
    private final TickerState[] states;
    private final MarketReturn market;
    private final CrossSectionFeatures crossSection = new CrossSectionFeatures();
    private final SectorFeatures sectors;
    private final List<Columns> columns = new ArrayList<>();
    private final int firstOutputDay;

    /** An engine for {@code universe} whose output starts on epoch day {@code firstOutputDay}. */
    FeatureEngine(Universe universe, int firstOutputDay) {
        this.universe = universe;
        this.firstOutputDay = firstOutputDay;
        states = new TickerState[universe.size()];
        market = new MarketReturn(universe.size());
        sectors = new SectorFeatures(universe);
    }

    /**
     * The features of {@code block}'s rows, one {@link Columns} per date (left unfilled before the first
     * output date); valid until the next call.
     */
    List<Columns> process(List<PriceDay> block) {
        int days = block.size();
        double[] marketReturns = new double[days];
        for (int d = 0; d < days; d++) {
            marketReturns[d] = market.of(block.get(d));
            columns(d).reset(block.get(d).size);
        }
        int[] next = new int[days];
        for (int id = 0; id < states.length; id++) {
            for (int d = 0; d < days; d++) {
                PriceDay day = block.get(d);
                int row = next[d];
                if (row < day.size && day.tickerIds[row] == id) {
                    next[d]++;
                    TickerState state = state(id);
                    state.advance(day, row, marketReturns[d]);
                    if (day.epochDay >= firstOutputDay) {
                        state.write(columns.get(d), row);
                    }
                }
            }
        }
        for (int d = 0; d < days; d++) {
            if (block.get(d).epochDay >= firstOutputDay) {
                crossSection.compute(columns.get(d));
                sectors.compute(block.get(d), columns.get(d));
            }
        }
        return columns.subList(0, days);
    }

    private Columns columns(int day) {
        while (columns.size() <= day) {
            columns.add(new Columns());
        }
        return columns.get(day);
    }

    private TickerState state(int id) {
        if (states[id] == null) {
            states[id] = new TickerState(universe.earlierRows(id));
        }
        return states[id];
    }
}
