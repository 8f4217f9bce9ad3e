package io.kairos.bench;

import io.kairos.backtest.replay.PricePanel;
import io.kairos.backtest.replay.TargetSchedule;
import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.calendar.RebalanceSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The replay benchmark's inputs, made in memory before the timed part: a panel of random walks (every ticker has a
 * bar on every session, so the benchmark's loop does its full work) and a monthly schedule of the 75 names with the
 * best return over the last 21 sessions, equally weighted. Deterministic: the same seed gives the same panel.
 */
final class ReplayMarket {

    static final int TICKERS = 3000;
    static final int SESSIONS = 5040;
    static final int NAMES = 75;
    private static final int LOOKBACK = 21;
    private static final long SEED = 42;
    private static final LocalDate LAST_SESSION = LocalDate.of(2026, 11, 20);

    final PricePanel panel;
    final TargetSchedule schedule;

    private ReplayMarket(PricePanel panel, TargetSchedule schedule) {
        this.panel = panel;
        this.schedule = schedule;
    }

    static ReplayMarket create() {
        NyseCalendar calendar = NyseCalendar.create();
        List<LocalDate> all = calendar.sessions(LAST_SESSION.minusYears(21), LAST_SESSION);
        List<LocalDate> dates = all.subList(all.size() - SESSIONS, all.size());
        PricePanel panel = randomWalks(dates);
        return new ReplayMarket(panel, momentum(panel, new RebalanceSchedule(calendar, RebalanceFrequency.MONTHLY)));
    }

    /**
     * Each ticker starts between 10 and 200 and moves by a daily log return of 1% to 3% volatility; the open gaps from
     * the previous close, the range spreads around both, 100,000 to 2,000,000 shares trade a day. closeadj drifts 2% above the
     * close over the whole panel, so every session implies a dividend of about 4 millionths of the price: the dividend
     * credit works every day too.
     */
    private static PricePanel randomWalks(List<LocalDate> dates) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] open = new double[SESSIONS][TICKERS];
        double[][] high = new double[SESSIONS][TICKERS];
        double[][] low = new double[SESSIONS][TICKERS];
        double[][] close = new double[SESSIONS][TICKERS];
        double[][] volume = new double[SESSIONS][TICKERS];
        double[][] closeadj = new double[SESSIONS][TICKERS];
        double[] sigma = new double[TICKERS];
        double[] shares = new double[TICKERS];
        for (int t = 0; t < TICKERS; t++) {
            sigma[t] = 0.01 + 0.02 * random.nextDouble();
            shares[t] = 100_000 + 1_900_000 * random.nextDouble();
            close[0][t] = 10 + 190 * random.nextDouble();
        }
        for (int s = 0; s < SESSIONS; s++) {
            for (int t = 0; t < TICKERS; t++) {
                double previous = s == 0 ? close[0][t] : close[s - 1][t];
                double c = previous * Math.exp(sigma[t] * gaussian(random));
                double o = previous * Math.exp(0.3 * sigma[t] * gaussian(random));
                open[s][t] = o;
                close[s][t] = c;
                high[s][t] = Math.max(o, c) * (1 + 0.5 * sigma[t] * random.nextDouble());
                low[s][t] = Math.min(o, c) * (1 - 0.5 * sigma[t] * random.nextDouble());
                volume[s][t] = Math.floor(shares[t] * (0.5 + random.nextDouble()));
                closeadj[s][t] = c * (1 + 0.02 * s / SESSIONS);
            }
        }
        List<String> tickers = IntStream.range(0, TICKERS).mapToObj(t -> String.format("T%04d", t)).toList();
        return new PricePanel(dates, tickers, open, high, low, close, volume, closeadj);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian in Java 17
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** On every month's last session with 21 sessions behind it: the 75 best 21-session returns, 1/75 each. */
    private static TargetSchedule momentum(PricePanel panel, RebalanceSchedule months) {
        Map<LocalDate, Map<String, Double>> targets = new TreeMap<>();
        for (int s = LOOKBACK; s < panel.sessions(); s++) {
            if (!months.check(panel.date(s)).rebalance()) {
                continue;
            }
            int session = s;
            List<Integer> ranked = new ArrayList<>(IntStream.range(0, TICKERS).boxed().toList());
            ranked.sort(Comparator.comparingDouble((Integer t) -> -panel.close(session, t) / panel.close(session - LOOKBACK, t))
                    .thenComparing(t -> t));
            Map<String, Double> weights = new TreeMap<>();
            for (int t : ranked.subList(0, NAMES)) {
                weights.put(panel.ticker(t), 1.0 / NAMES);
            }
            targets.put(panel.date(s), weights);
        }
        return new TargetSchedule(targets);
    }
}
