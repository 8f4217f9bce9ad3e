package io.kairos.cli;

import java.math.BigDecimal;

/** How a value from the store is written as text: plain decimals (no exponents), ISO dates, empty for null. */
final class Cells {

    private Cells() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return Double.isFinite(number) ? plain(BigDecimal.valueOf(number)) : number.toString();
        }
        if (value instanceof Float number) {
            return Float.isFinite(number) ? plain(new BigDecimal(number.toString())) : number.toString();
        }
        if (value instanceof BigDecimal number) {
            return plain(number);
        }
        return value.toString();
    }

    private static String plain(BigDecimal number) {
        String text = number.toPlainString();
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    static boolean isNumber(Object value) {
        return value instanceof Number;
    }
}
