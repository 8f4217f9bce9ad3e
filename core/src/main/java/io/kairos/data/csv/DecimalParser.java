package io.kairos.data.csv;

import java.nio.charset.StandardCharsets;

/**
 * Parses a decimal number straight from bytes without making a String. Plain decimals of up to 15
 * significant digits, the whole of price files, take the exact fast path: the digits form a long
 * below 2^53 and one division by an exact power of ten gives the correctly rounded double, the same
 * value {@link Double#parseDouble} returns. Anything else (exponents, longer mantissas) falls back to
 * {@code Double.parseDouble}.
 */
final class DecimalParser {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_LIMIT = 1L << 53;

    private DecimalParser() {
    }

    /** The number in {@code bytes[from, to)}, or NaN when the field is blank or not a finite number. */
    static double parse(byte[] bytes, int from, int to) {
        while (from < to && bytes[from] == ' ') {
            from++;
        }
        while (to > from && bytes[to - 1] == ' ') {
            to--;
        }
        if (from == to) {
            return Double.NaN;
        }
        int position = from;
        boolean negative = bytes[position] == '-';
        if (negative || bytes[position] == '+') {
            position++;
        }
        long mantissa = 0;
        int decimals = 0;
        int digits = 0;
        boolean seenPoint = false;
        for (; position < to; position++) {
            byte b = bytes[position];
            if (b >= '0' && b <= '9') {
                mantissa = mantissa * 10 + (b - '0');
                if (++digits > 18) {
                    return fallback(bytes, from, to);
                }
                if (seenPoint) {
                    decimals++;
                }
            } else if (b == '.' && !seenPoint) {
                seenPoint = true;
            } else {
                return fallback(bytes, from, to);
            }
        }
        if (digits == 0 || mantissa >= EXACT_LIMIT || decimals >= POWERS_OF_TEN.length) {
            return digits == 0 ? Double.NaN : fallback(bytes, from, to);
        }
        double value = decimals == 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }

    private static double fallback(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            // only what a decimal literal may hold: Java would also accept "NaN", "Infinity" and hex
            if (!(b >= '0' && b <= '9' || b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-')) {
                return Double.NaN;
            }
        }
        try {
            double value = Double.parseDouble(new String(bytes, from, to - from, StandardCharsets.US_ASCII));
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
