package io.kairos.data.synthetic;

import java.util.SplittableRandom;

/**
 * Simulates one name's traded bars day by day. Each day's draws come after the previous day's, and
 * every decision (split, dividend cut, delisting) looks only at days already simulated, so a row
 * never depends on anything after its date.
 *
 * <p>The daily log return is {@code r = bm * m + bs * s + a * sd0 - sd0^2 / 2 - k * e(t-1) + e}:
 * market and sector factors, a latent drift {@code a} (an AR(1) in units of the name's daily
 * volatility {@code sd0}; the signal trailing momentum can find), the volatility drag that makes
 * the expected simple return of the own part zero (so volatile small names decay in price, as they
 * do), a small reversal of yesterday's own shock, and today's own shock {@code e}, Student-t with
 * GARCH(1,1) variance.
 */
final class StockSimulator {

    static final int IDIOSYNCRATIC_TAIL_DOF = 5;
    static final double IDIOSYNCRATIC_GARCH_ALPHA = 0.05;
    static final double IDIOSYNCRATIC_GARCH_BETA = 0.93;
    /** Half-life of the latent drift in sessions: about four and a half months. */
    static final double DRIFT_HALF_LIFE = 90;
    static final double DRIFT_PERSISTENCE = Math.pow(0.5, 1 / DRIFT_HALF_LIFE);
    /** Stationary sd of the latent drift in daily Sharpe units (0.64 a year): sets the momentum IC. */
    static final double DRIFT_SD = 0.04;
    static final double DRIFT_INNOVATION_SD = DRIFT_SD * Math.sqrt(1 - DRIFT_PERSISTENCE * DRIFT_PERSISTENCE);
    /** Share of yesterday's own shock that reverses today (short-term reversal). */
    static final double REVERSAL = 0.04;
    /** The overnight gap carries this share of the day's return plus noise of this many day sds. */
    static final double OVERNIGHT_SHARE = 0.3;
    static final double GAP_NOISE = 0.3;
    /** High and low reach beyond the open-close body by half-normal moves of this many day sds. */
    static final double RANGE_SCALE = 0.5;
    static final double VOLUME_PERSISTENCE = 0.98;
    static final double VOLUME_STATE_SD = 0.06;
    static final double VOLUME_NOISE = 0.3;
    /** Volume multiplier {@code BASE + REACTION * |r| / sd}: busy on big moves, about 1 on average. */
    static final double VOLUME_BASE = 0.6;
    static final double VOLUME_REACTION = 0.5;
    static final double STRESS_VOLUME_MULTIPLIER = 1.3;
    /** Daily chance of a takeover or going private: 3% a year. */
    static final double ACQUISITION_HAZARD = 0.03 / 252;
    /** Extra daily chance of delisting for a name trading under a dollar. */
    static final double DISTRESS_HAZARD = 0.004;
    static final double PENNY_PRICE = 1.0;
    static final double DELISTING_PRICE = 0.10;
    /** Daily chance that a board above its split threshold (or under a dollar) acts. */
    static final double SPLIT_CHANCE = 0.02;
    static final double REVERSE_SPLIT_CHANCE = 0.01;

    private final MarketFactors factors;

    StockSimulator(MarketFactors factors) {
        this.factors = factors;
    }

    TradedBars simulate(StockProfile profile, SplittableRandom random) {
        int first = profile.firstSession();
        int sessions = factors.sessions();
        TradedBars bars = new TradedBars(first, sessions - first);
        Sector sector = profile.sector();
        double ownSd = profile.idiosyncraticSd();
        double volatilityDrag = ownSd * ownSd / 2;
        Garch own = new Garch(ownSd, IDIOSYNCRATIC_GARCH_ALPHA, IDIOSYNCRATIC_GARCH_BETA);
        DividendSchedule dividends = profile.paysDividends()
                ? new DividendSchedule(profile.dividendYield(), profile.firstExDate()) : DividendSchedule.none();
        double typicalShares = profile.typicalDollarVolume() / profile.initialPrice();
        double drift = DRIFT_SD * random.nextGaussian();
        double previousShock = 0;
        double volumeState = 0;
        double priorClose = profile.initialPrice();
        for (int t = first; t < sessions; t++) {
            boolean listed = t > first;
            if (listed && delists(priorClose, random)) {
                bars.markDelisted();
                break;
            }
            double split = 1;
            double dividend = 0;
            if (listed && dividends.isExDate(t)) {
                dividend = dividends.payOn(priorClose);
            } else if (listed) {
                split = splitRatio(profile, priorClose, random);
                dividends.split(split);
                typicalShares *= split;
            }
            double base = priorClose / split - dividend;

            double shock = own.sd() * StudentT.standardized(random, IDIOSYNCRATIC_TAIL_DOF);
            double beta = profile.marketBeta();
            double sectorBeta = profile.sectorBeta();
            double r = beta * factors.market(t) + sectorBeta * factors.sector(sector, t) + drift * ownSd
                    - volatilityDrag - REVERSAL * previousShock + shock;
            double daySd = Math.sqrt(square(beta * factors.marketSd(t)) + square(sectorBeta * factors.sectorSd(sector, t))
                    + square(own.sd()));
            own.update(shock);
            previousShock = shock;
            drift = DRIFT_PERSISTENCE * drift + DRIFT_INNOVATION_SD * random.nextGaussian();

            double open = base * Math.exp(OVERNIGHT_SHARE * r + GAP_NOISE * daySd * random.nextGaussian());
            double close = base * Math.exp(r);
            double high = Math.max(open, close) * Math.exp(RANGE_SCALE * daySd * Math.abs(random.nextGaussian()));
            double low = Math.min(open, close) * Math.exp(-RANGE_SCALE * daySd * Math.abs(random.nextGaussian()));

            volumeState = VOLUME_PERSISTENCE * volumeState + VOLUME_STATE_SD * random.nextGaussian();
            double activity = Math.exp(volumeState + VOLUME_NOISE * random.nextGaussian())
                    * (VOLUME_BASE + VOLUME_REACTION * Math.abs(r) / daySd)
                    * (factors.stressed(t) ? STRESS_VOLUME_MULTIPLIER : 1);
            double shares = Math.max(100, Math.rint(typicalShares * activity));

            // rounding is monotone, so high >= max(open, close) and low <= min(open, close) survive it
            priorClose = Tick.round(close);
            bars.add(Tick.round(open), Tick.round(high), Tick.round(low), priorClose, shares, split, dividend);
        }
        return bars;
    }

    private static boolean delists(double priorClose, SplittableRandom random) {
        if (priorClose < DELISTING_PRICE) {
            return true;
        }
        double hazard = ACQUISITION_HAZARD + (priorClose < PENNY_PRICE ? DISTRESS_HAZARD : 0);
        return random.nextDouble() < hazard;
    }

    /** New shares per old share for a split at today's open, decided from yesterday's close; 1 for none. */
    private static double splitRatio(StockProfile profile, double priorClose, SplittableRandom random) {
        if (priorClose > profile.splitThreshold() && random.nextDouble() < SPLIT_CHANCE) {
            double u = random.nextDouble();
            return u < 0.2 ? 3 : u < 0.35 ? 1.5 : 2;
        }
        if (priorClose < PENNY_PRICE && random.nextDouble() < REVERSE_SPLIT_CHANCE) {
            return random.nextDouble() < 0.7 ? 0.1 : 0.2;
        }
        return 1;
    }

    private static double square(double x) {
        return x * x;
    }
}
