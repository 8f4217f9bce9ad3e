package io.kairos.execution.fill;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How fills round money: dollar amounts to cents, prices to 4 decimals (what brokers report), half up. */
public final class Money {

    public static final int CENTS = 2;
    public static final int PRICE_DECIMALS = 4;

    /** How near a half a scaled fraction must be to be rounded through the printed decimal. */
    static final double NEAR_HALF = 1e-12;
    /** 2^52: below it a double's whole part and fraction are exact. */
    private static final double EXACT_LIMIT = 0x1p52;
    private static final double[] SCALES = {1, 10, 100, 1_000, 10_000};

    private Money() {
    }

    public static BigDecimal dollars(double amount) {
        return rounded(amount, CENTS);
    }

    public static BigDecimal dollars(BigDecimal amount) {
        return amount.setScale(CENTS, RoundingMode.HALF_UP);
    }

    public static BigDecimal price(double price) {
        return rounded(price, PRICE_DECIMALS);
    }

    public static BigDecimal price(BigDecimal price) {
        return price.setScale(PRICE_DECIMALS, RoundingMode.HALF_UP);
    }

    /**
     * {@code BigDecimal.valueOf(value).setScale(decimals, HALF_UP)}: the decimal the double prints as, rounded half up,
     * without printing it, which costs most of a fill (Java 17's Double.toString). In doubles, |value| * 10^decimals is
     * within a few units in the last place (about 1e-16 relative) of the printed decimal's, so when its fraction is
     * farther than {@value #NEAR_HALF} (relative) from a half, both round to the same integer (near a whole number they
     * may fall on either side of it and still round to it). A fraction that near a half, a magnitude beyond exact long
     * arithmetic, NaN and the infinities go through the printed decimal.
     */
    static BigDecimal rounded(double value, int decimals) {
        double scaled = Math.abs(value) * SCALES[decimals];
        if (scaled < EXACT_LIMIT) {
            double whole = Math.floor(scaled);
            double fraction = scaled - whole;
            if (Math.abs(fraction - 0.5) > NEAR_HALF * Math.max(1, scaled)) {
                long units = (long) whole + (fraction > 0.5 ? 1 : 0);
                return BigDecimal.valueOf(value < 0 ? -units : units, decimals);
            }
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
