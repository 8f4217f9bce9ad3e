package io.kairos.research.assemble;

import io.kairos.KairosException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How the capital is split among the chosen strategies; the weights sum to 1. */
public enum Weighting {

    /** {@code 1 / n} each. */
    EQUAL,
    /**
     * {@code (1 / sd_i) / sum_j (1 / sd_j)}, {@code sd_i} the population standard deviation of strategy i's daily
     * returns over the portfolio's dates: the calmer a strategy, the more capital.
     */
    INVERSE_VOL;

    /** {@code equal} or {@code inverse_vol}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws KairosException (usage) naming the known weightings */
    public static Weighting parse(String text) {
        for (Weighting weighting : values()) {
            if (weighting.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return weighting;
            }
        }
        throw KairosException.usage("--weighting takes equal or inverse_vol, not '" + text + "'.");
    }

    /**
     * The weights of strategies with these daily returns, in the same order.
     *
     * @param names what to call each strategy in an error
     * @throws KairosException (failure) under inverse_vol when a strategy's returns do not vary
     */
    public double[] weights(List<double[]> dailyReturns, List<String> names) {
        int n = dailyReturns.size();
        double[] weights = new double[n];
        if (this == EQUAL) {
            Arrays.fill(weights, 1.0 / n);
            return weights;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double deviation = dailyReturns.get(i).length == 0 ? 0 : Moments.populationDeviation(dailyReturns.get(i));
            if (deviation == 0) {
                throw KairosException.failure(names.get(i) + " does not move over the portfolio's dates: inverse_vol cannot weigh"
                        + " it (1 / 0); use --weighting equal.");
            }
            weights[i] = 1 / deviation;
            sum += weights[i];
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= sum;
        }
        return weights;
    }
}
