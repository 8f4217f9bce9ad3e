package io.kairos.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How the safety checks (and health) write their figures in reasons: the same way in every message. */
public final class RiskFigures {

    private RiskFigures() {
    }

    /** A measured fraction to two decimals of a percent: 0.0500001 is "5.00%". */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** {@code part} as a percent of {@code whole}, two decimals. */
    static String percentOf(BigDecimal part, BigDecimal whole) {
        return percent(part.divide(whole, MathContext.DECIMAL64));
    }

    /** A limit as written: 0.05 is "5%", 0.125 is "12.5%". */
    public static String limit(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Dollars to the cent: 10000.5 is "10000.50". */
    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Shares as given, without trailing zeros: 10.000 is "10". */
    static String shares(BigDecimal qty) {
        return qty.stripTrailingZeros().toPlainString();
    }
}
