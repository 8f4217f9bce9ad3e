package io.kairos.research.assemble;

/**
 * The choices of one assembly.
 *
 * @param capital        dollars the portfolio starts with
 * @param maxCorrelation a candidate joins only if its correlation with every chosen one is below this
 * @param maxStrategies  most strategies chosen
 */
public record AssemblySettings(double capital, double maxCorrelation, int maxStrategies, Weighting weighting, RiskMode risk) {

    /** @throws IllegalArgumentException naming the flag and the value that is out of range */
    public AssemblySettings {
        if (!(capital > 0) || Double.isInfinite(capital)) {
            throw new IllegalArgumentException("--capital must be a positive number of dollars, not " + capital);
        }
        if (!(maxCorrelation > 0 && maxCorrelation <= 1)) {
            throw new IllegalArgumentException("--max-correlation must be above 0 and at most 1, not " + maxCorrelation);
        }
        if (maxStrategies < 1) {
            throw new IllegalArgumentException("--max-strategies must be 1 or more, not " + maxStrategies);
        }
    }
}
