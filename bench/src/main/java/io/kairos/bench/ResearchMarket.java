package io.kairos.bench;

import io.kairos.data.store.PriceLoad;
import io.kairos.data.store.PriceStore;
import io.kairos.research.Bars;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The research benchmark's bars, made in memory before the timed part: {@code symbols} random walks of {@code days}
 * daily bars (2% daily volatility, opens 0.5% off the previous close). Only opens and closes matter to an SMA cross,
 * so high and low are the close and the volume is 0, shared arrays. Deterministic: the same seed gives the same bars.
 * The same walks can be written to a store ({@link #writeStore}) for the runs that read them from {@code sep_base}.
 */
final class ResearchMarket {

    private static final long SEED = 42;

    private ResearchMarket() {
    }

    static List<Bars> randomWalks(int symbols, int days) {
        SplittableRandom random = new SplittableRandom(SEED);
        LocalDate[] dates = new LocalDate[days];
        for (int d = 0; d < days; d++) {
            dates[d] = LocalDate.of(2000, 1, 3).plusDays(d);
        }
        double[] volume = new double[days];
        List<Bars> bars = new ArrayList<>(symbols);
        for (int s = 0; s < symbols; s++) {
            double[] open = new double[days];
            double[] close = new double[days];
            double price = 20 + 80 * random.nextDouble();
            for (int d = 0; d < days; d++) {
                open[d] = price * (1 + 0.005 * gaussian(random));
                price *= Math.exp(0.02 * gaussian(random));
                close[d] = price;
            }
            bars.add(new Bars(symbol(s), dates, open, close, close, close, volume));
        }
        return bars;
    }

    /** The name of the {@code s}-th walk: S0000, S0001, ... */
    static String symbol(int s) {
        return String.format(Locale.ROOT, "S%04d", s);
    }

    /** The store of the walks of {@code symbols} x {@code days} in {@code work}. */
    static Path store(Path work, int symbols, int days) {
        return work.resolve("walks-" + symbols + "x" + days + ".duckdb");
    }

    /**
     * Writes the walks of {@code symbols} x {@code days} into a new store's {@code sep_base} in one load, through the
     * store's own loader (the adjusted and as-traded closes are the close).
     */
    static void writeStore(Path work, int symbols, int days) {
        try (PriceStore store = ResearchStores.open(store(work, symbols, days));
                PriceLoad load = store.beginLoad("random-walks", "{\"symbols\":%d,\"days\":%d,\"seed\":%d}".formatted(symbols,
                        days, SEED))) {
            for (Bars walk : randomWalks(symbols, days)) {
                int id = load.tickerId(walk.symbol());
                for (int d = 0; d < walk.size(); d++) {
                    long day = walk.date(d).toEpochDay();
                    load.addBar(id, day, walk.open()[d], walk.high()[d], walk.low()[d], walk.close()[d], walk.volume()[d],
                            walk.close()[d], walk.close()[d], day);
                }
            }
            load.commit();
        }
    }

    /** A standard normal draw (Box-Muller, one of the pair). */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
