package io.kairos.risk;

/** The last step of every sizing method: raw non-negative weights scaled to sum 1. */
final class Weights {

    private Weights() {
    }

    /**
     * Divides {@code raw} by its sum in place and returns it, so it sums to 1; leaves it all zeros when
     * every raw weight is zero (no name can be held).
     */
    static double[] normalised(double[] raw) {
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            if (!(raw[i] >= 0) || raw[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("raw weight of name " + i + " is " + raw[i] + "; it must be non-negative and finite");
            }
            sum += raw[i];
        }
        if (sum > 0) {
            for (int i = 0; i < raw.length; i++) {
                raw[i] /= sum;
            }
        }
        return raw;
    }
}
