package io.kairos.portfolio;

/**
 * Step 5 of the rebalance: blends the target with the prior holdings, b = lambda * prior + (1 - lambda)
 * * target, then trades only the fraction t of the way from the prior to b that keeps turnover (half the
 * sum of absolute weight changes) within the limit. Both ends satisfy every cap, so every point between
 * them does too.
 *
 * <p>A prior that itself breaks a cap (a name above the position cap, a sector above its cap, a name no
 * longer listed) is first brought within them: those sales are forced, and count toward the turnover.
 */
final class TurnoverControl {

    private static final int BISECTIONS = 100;

    /**
     * @param weights        the final weights
     * @param turnover       half the sum of absolute changes from the prior, forced sales included
     * @param tradeFraction  t: how far from the (capped) prior toward the blend the trade went
     * @param forcedTurnover the turnover of the forced sales alone
     * @param bound          true when max_turnover stopped the trade short of the blend
     */
    record Result(double[] weights, double turnover, double tradeFraction, double forcedTurnover, boolean bound) {
    }

    private TurnoverControl() {
    }

    /**
     * @param prior       the holdings before, one per name
     * @param cappedPrior the prior within every cap (equal to it when it breaks none)
     * @param target      the capped target, one per name
     */
    static Result apply(double[] prior, double[] cappedPrior, double[] target, double lambda, double maxTurnover) {
        int n = prior.length;
        double[] blend = new double[n];
        for (int i = 0; i < n; i++) {
            blend[i] = lambda * cappedPrior[i] + (1 - lambda) * target[i];
        }
        double forced = turnover(prior, cappedPrior, blend, 0);
        double t;
        if (forced >= maxTurnover) {
            t = 0;
        } else if (turnover(prior, cappedPrior, blend, 1) <= maxTurnover) {
            t = 1;
        } else {
            // turnover is convex in t and within the limit at 0: the feasible t form an interval [0, t*]
            double low = 0;
            double high = 1;
            for (int step = 0; step < BISECTIONS; step++) {
                double middle = (low + high) / 2;
                if (turnover(prior, cappedPrior, blend, middle) <= maxTurnover) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            t = low;
        }
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = cappedPrior[i] + t * (blend[i] - cappedPrior[i]);
        }
        return new Result(weights, turnover(prior, cappedPrior, blend, t), t, forced, t < 1);
    }

    /** Half the sum of |w - prior| for w = cappedPrior + t (blend - cappedPrior). */
    private static double turnover(double[] prior, double[] cappedPrior, double[] blend, double t) {
        double sum = 0;
        for (int i = 0; i < prior.length; i++) {
            sum += Math.abs(cappedPrior[i] + t * (blend[i] - cappedPrior[i]) - prior[i]);
        }
        return sum / 2;
    }

    /** Half the sum of absolute differences. */
    static double turnover(double[] from, double[] to) {
        double sum = 0;
        for (int i = 0; i < from.length; i++) {
            sum += Math.abs(to[i] - from[i]);
        }
        return sum / 2;
    }
}
