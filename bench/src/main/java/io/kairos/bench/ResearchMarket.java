package io.kairos.bench;

import io.kairos.research.Bars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The research benchmark's bars, made in memory before the timed part: {@code symbols} random walks of {@code days}
 * daily bars (2% daily volatility, opens 0.5% off the previous close). Only opens and closes matter to an SMA cross,
 * so high and low are the close and the volume is 0, shared arrays. Deterministic: the same seed gives the same bars.
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
            bars.add(new Bars(String.format("S%04d", s), dates, open, close, close, close, volume));
        }
        return bars;
    }

    /** A standard normal draw (Box-Muller, one of the pair). */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
