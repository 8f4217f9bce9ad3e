package io.kairos.data.synthetic;

import java.util.SplittableRandom;

/**
 * The shared daily log returns every stock loads on: one market factor and one factor per sector,
 * each a GARCH(1,1) series with Student-t innovations, scaled up (and, for the market, pushed down)
 * during stress periods. Simulated once, before any ticker, then only read.
 */
final class MarketFactors {

    static final double MARKET_DRIFT = 0.07 / 252;
    static final double MARKET_VOLATILITY = 0.15;
    static final double MARKET_GARCH_ALPHA = 0.09;
    static final double MARKET_GARCH_BETA = 0.89;
    static final int MARKET_TAIL_DOF = 6;
    static final double SECTOR_GARCH_ALPHA = 0.06;
    static final double SECTOR_GARCH_BETA = 0.92;
    static final int SECTOR_TAIL_DOF = 6;
    /** Extra daily drift of the market under stress: about -9% over a mean 30-session episode. */
    static final double STRESS_DRIFT = -0.003;
    static final double STRESS_MARKET_VOL_MULTIPLIER = 2.2;
    static final double STRESS_SECTOR_VOL_MULTIPLIER = 1.5;

    private final double[] market;
    private final double[] marketSd;
    private final double[][] sector;
    private final double[][] sectorSd;
    private final boolean[] stressed;

    private MarketFactors(double[] market, double[] marketSd, double[][] sector, double[][] sectorSd,
            boolean[] stressed) {
        this.market = market;
        this.marketSd = marketSd;
        this.sector = sector;
        this.sectorSd = sectorSd;
        this.stressed = stressed;
    }

    static MarketFactors simulate(long seed, int sessions) {
        boolean[] stressed = StressRegime.simulate(RandomStreams.of(seed, RandomStreams.Purpose.STRESS, 0), sessions);
        double[] market = new double[sessions];
        double[] marketSd = new double[sessions];
        simulateFactor(RandomStreams.of(seed, RandomStreams.Purpose.MARKET, 0),
                new Garch(MARKET_VOLATILITY / Math.sqrt(252), MARKET_GARCH_ALPHA, MARKET_GARCH_BETA), MARKET_TAIL_DOF,
                stressed, STRESS_MARKET_VOL_MULTIPLIER, market, marketSd);
        for (int t = 0; t < sessions; t++) {
            market[t] += MARKET_DRIFT + (stressed[t] ? STRESS_DRIFT : 0);
        }
        Sector[] sectors = Sector.values();
        double[][] sector = new double[sectors.length][sessions];
        double[][] sectorSd = new double[sectors.length][sessions];
        for (Sector s : sectors) {
            simulateFactor(RandomStreams.of(seed, RandomStreams.Purpose.SECTOR, s.ordinal()),
                    new Garch(s.factorVolatility() / Math.sqrt(252), SECTOR_GARCH_ALPHA, SECTOR_GARCH_BETA),
                    SECTOR_TAIL_DOF, stressed, STRESS_SECTOR_VOL_MULTIPLIER, sector[s.ordinal()], sectorSd[s.ordinal()]);
        }
        return new MarketFactors(market, marketSd, sector, sectorSd, stressed);
    }

    /**
     * Fills one zero-mean factor. Stress scales the day's shock but not what GARCH remembers of it:
     * feeding the scaled shock back would make the variance explode during long stress periods.
     */
    private static void simulateFactor(SplittableRandom random, Garch garch, int tailDof, boolean[] stressed,
            double stressMultiplier, double[] returns, double[] sds) {
        for (int t = 0; t < returns.length; t++) {
            double shock = garch.sd() * StudentT.standardized(random, tailDof);
            double multiplier = stressed[t] ? stressMultiplier : 1;
            returns[t] = multiplier * shock;
            sds[t] = multiplier * garch.sd();
            garch.update(shock);
        }
    }

    int sessions() {
        return market.length;
    }

    /** The market's log return on session {@code t}. */
    double market(int t) {
        return market[t];
    }

    /** The conditional standard deviation of the market's return on session {@code t}. */
    double marketSd(int t) {
        return marketSd[t];
    }

    /** The sector factor's log return on session {@code t}, on top of the market. */
    double sector(Sector s, int t) {
        return sector[s.ordinal()][t];
    }

    double sectorSd(Sector s, int t) {
        return sectorSd[s.ordinal()][t];
    }

    boolean stressed(int t) {
        return stressed[t];
    }
}
