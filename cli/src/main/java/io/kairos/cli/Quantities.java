package io.kairos.cli;

import java.util.Locale;

/** Counts in operator-readable form: "1,234 tickers", "12.3 MB". */
final class Quantities {

    private Quantities() {
    }

    static String describe(long count, String unit) {
        if ("bytes".equals(unit)) {
            return count >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", count / 1048576.0)
                    : String.format(Locale.ROOT, "%.1f KB", count / 1024.0);
        }
        return String.format(Locale.ROOT, "%,d %s", count, unit);
    }

    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
