package io.kairos.data.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers, for each (ticker, date) read so far in an import, where it was read and a fingerprint
 * of its values, so a later row for the same ticker and date can be told to be a repeat or a
 * conflict and pointed to its first occurrence.
 *
 * <p>Price files list each ticker's rows in date order, so the common case is a date after every
 * date seen for the ticker: it is appended to the ticker's sorted arrays (sequential memory, no
 * hashing). An earlier date is looked up by binary search, and a new out-of-order row goes to a
 * small map.
 */
final class SeenRows {

    /** An earlier row with the same ticker and date: where it was read, and its fingerprint. */
    record Earlier(long place, long fingerprint) {
    }

    private static final class TickerRows {
        int[] days = new int[256];
        long[] places = new long[256];
        long[] fingerprints = new long[256];
        int size;

        void append(int day, long place, long fingerprint) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                places = Arrays.copyOf(places, size * 2);
                fingerprints = Arrays.copyOf(fingerprints, size * 2);
            }
            days[size] = day;
            places[size] = place;
            fingerprints[size] = fingerprint;
            size++;
        }
    }

    private final List<TickerRows> byTicker = new ArrayList<>();
    private final Map<Long, Earlier> outOfOrder = new HashMap<>();

    /** Records the row and returns null, or returns the earlier row with the same ticker and date. */
    Earlier putIfAbsent(int tickerId, int epochDay, long place, long fingerprint) {
        while (byTicker.size() <= tickerId) {
            byTicker.add(new TickerRows());
        }
        TickerRows rows = byTicker.get(tickerId);
        if (rows.size == 0 || epochDay > rows.days[rows.size - 1]) {
            rows.append(epochDay, place, fingerprint);
            return null;
        }
        int index = Arrays.binarySearch(rows.days, 0, rows.size, epochDay);
        if (index >= 0) {
            return new Earlier(rows.places[index], rows.fingerprints[index]);
        }
        return outOfOrder.putIfAbsent(((long) tickerId << 32) | (epochDay & 0xFFFF_FFFFL), new Earlier(place, fingerprint));
    }
}
