package io.kairos.data.alpaca;

import io.kairos.KairosException;
import io.kairos.data.store.PriceLoad;
import io.kairos.data.store.TickerInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Joins the three passes of a batch into {@code sep_base} rows with Sharadar's semantics:
 * open/high/low/close/volume from the split-adjusted pass, {@code closeadj} from the fully adjusted
 * pass, {@code closeunadj} from the raw pass. Every pass must have the same sessions; a session
 * missing from one is an error rather than a row with a made-up value.
 */
final class SepFromPasses {

    private SepFromPasses() {
    }

    /** Stages the bars of {@code symbols}, stamped {@code downloaded}; returns how many rows. */
    static long stage(List<String> symbols, BarsPass split, BarsPass all, BarsPass raw, LocalDate downloaded,
            PriceLoad load) {
        long rows = 0;
        for (String symbol : symbols) {
            NavigableSet<LocalDate> sessions = new TreeSet<>(split.bars(symbol).keySet());
            sessions.addAll(all.bars(symbol).keySet());
            sessions.addAll(raw.bars(symbol).keySet());
            for (LocalDate session : sessions) {
                requirePresent(symbol, session, split, all, raw);
                DailyBar bar = split.bars(symbol).get(session);
                load.addBar(symbol, session, bar.open(), bar.high(), bar.low(), bar.close(), bar.volume(),
                        all.bars(symbol).get(session).close(), raw.bars(symbol).get(session).close(), downloaded);
                rows++;
            }
            if (!sessions.isEmpty()) {
                load.addTicker(new TickerInfo(symbol, null, null, null, null, null, null, null));
            }
        }
        return rows;
    }

    private static void requirePresent(String symbol, LocalDate session, BarsPass... passes) {
        for (BarsPass pass : passes) {
            if (!pass.bars(symbol).containsKey(session)) {
                throw KairosException.failure("Alpaca returned no daily bar with adjustment="
                        + pass.adjustment().parameter() + " for " + symbol + " on " + session + " although other adjustments have"
                        + " one, so its close, closeadj and closeunadj cannot all be known; nothing was written."
                        + " Run the command again; if it persists, leave " + symbol + " out or report it to Alpaca.");
            }
        }
    }
}
