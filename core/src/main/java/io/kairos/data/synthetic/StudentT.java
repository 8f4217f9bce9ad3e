package io.kairos.data.synthetic;

import java.util.SplittableRandom;

/** Student-t draws scaled to unit variance: the fat-tailed innovations of every return series. */
final class StudentT {

    private StudentT() {
    }

    /**
     * One draw with {@code degreesOfFreedom} (at least 3) degrees of freedom and variance 1. The
     * chi-square denominator is built from uniforms (-2 ln U is chi-square with 2 degrees of freedom)
     * and one squared normal when the degrees are odd, which is much cheaper than a gamma sampler.
     */
    static double standardized(SplittableRandom random, int degreesOfFreedom) {
        double uniforms = 1;
        for (int i = 0; i < degreesOfFreedom / 2; i++) {
            uniforms *= 1 - random.nextDouble();
        }
        double chiSquare = -2 * Math.log(uniforms);
        if (degreesOfFreedom % 2 == 1) {
            double normal = random.nextGaussian();
            chiSquare += normal * normal;
        }
        return random.nextGaussian() * Math.sqrt((degreesOfFreedom - 2) / chiSquare);
    }
}
