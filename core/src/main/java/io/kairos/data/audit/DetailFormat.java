package io.kairos.data.audit;

import java.math.BigDecimal;
import java.util.Locale;

/** How numbers appear in a finding's detail: prices as stored, without float noise or trailing zeros. */
final class DetailFormat {

    private DetailFormat() {
    }

    /** 17.87 as "17.87", 50.0 as "50", -12.5 as "-12.5". */
    static String price(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** "1 session", "3 sessions". */
    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** A ratio to three decimals with a multiplication sign: "x0.494". */
    static String ratio(double value) {
        return String.format(Locale.ROOT, "x%.3f", value);
    }
}
