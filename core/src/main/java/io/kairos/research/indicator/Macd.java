package io.kairos.research.indicator;

/**
 * MACD as Backtrader's: {@code macd = EMA(fast) - EMA(slow)} of the closes (first on bar slow - 1) and
 * {@code signal = EMA(signal)} of the macd line (first on bar slow + signal - 2), each EMA seeded by a simple mean.
 */
public record Macd(double[] macd, double[] signal) {

    public static Macd of(double[] close, int fast, int slow, int signal) {
        double[] fastAverage = Ema.exponential(close, fast);
        double[] slowAverage = Ema.exponential(close, slow);
        double[] line = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            line[i] = fastAverage[i] - slowAverage[i];
        }
        return new Macd(line, Ema.exponential(line, signal));
    }
}
