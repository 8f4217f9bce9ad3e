package io.kairos.research.assemble;

/** Mean and standard deviations of a sample of returns. */
final class Moments {

    private Moments() {
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** sqrt(sum (x - mean)^2 / n). */
    static double populationDeviation(double[] x) {
        return Math.sqrt(squares(x) / x.length);
    }

    /** sqrt(sum (x - mean)^2 / (n - 1)). */
    static double sampleDeviation(double[] x) {
        return Math.sqrt(squares(x) / (x.length - 1));
    }

    private static double squares(double[] x) {
        double mean = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return sum;
    }
}
