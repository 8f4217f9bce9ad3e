package io.kairos.cli;

import java.util.Locale;

/** How the reports of backtest and research write a metric that may be undefined (null): "n/a". */
final class Figures {

    private Figures() {
    }

    /** 0.1234 as "12.34%". */
    static String percent(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * value);
    }

    /** A ratio to three decimals. */
    static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
