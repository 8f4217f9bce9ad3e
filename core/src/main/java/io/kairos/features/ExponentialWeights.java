package io.kairos.features;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The weights of truncated exponential averages, computed once per decay and window and shared. */
final class ExponentialWeights {

    private static final Map<String, double[]> CACHE = new ConcurrentHashMap<>();

    private ExponentialWeights() {
    }

    /** {@code d^j / sum(d^k)} for {@code j < window}; callers must not change the array. */
    static double[] of(double decay, int window) {
        return CACHE.computeIfAbsent(decay + "/" + window, key -> {
            double[] weights = new double[window];
            double total = 0;
            for (int j = 0; j < window; j++) {
                weights[j] = StrictMath.pow(decay, j);
                total += weights[j];
            }
            for (int j = 0; j < window; j++) {
                weights[j] /= total;
            }
            return weights;
        });
    }
}
