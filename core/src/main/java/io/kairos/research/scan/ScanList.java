package io.kairos.research.scan;

import java.util.Locale;

/** The three ranked lists of a scan, in the order candidates.csv holds them. */
public enum ScanList {
    /** Names passing both screens, by the sum of their ATR% rank and their ADV rank. */
    SCREEN,
    /** Largest absolute return over the lookback. */
    MOVER,
    /** Highest average dollar volume. */
    VOLUME;

    /** The name in candidates.csv: screen, mover, volume. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
