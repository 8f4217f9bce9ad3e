package io.kairos.data.csv;

import java.util.Arrays;

/**
 * Remembers, for each (ticker id, epoch day) read so far, where it was read and a fingerprint of its
 * values, so a repeat can be told apart from a conflict and named by its first occurrence. Open
 * addressing over primitive arrays: a boxed map costs several times the memory and time on files of
 * millions of rows.
 */
final class RowKeyIndex {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1 << 16];
    private long[] places = new long[1 << 16];
    private long[] fingerprints = new long[1 << 16];
    private int size;

    RowKeyIndex() {
        Arrays.fill(keys, EMPTY);
    }

    /** An earlier row with the same ticker and date: where it was read, and its fingerprint. */
    record Earlier(long place, long fingerprint) {
    }

    /** Records the row and returns null, or returns the earlier row with the same key. */
    Earlier putIfAbsent(int tickerId, long epochDay, long place, long fingerprint) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long key = ((long) tickerId << 32) ^ (epochDay & 0xFFFF_FFFFL);
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return new Earlier(places[slot], fingerprints[slot]);
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        places[slot] = place;
        fingerprints[slot] = fingerprint;
        size++;
        return null;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPlaces = places;
        long[] oldFingerprints = fingerprints;
        keys = new long[oldKeys.length * 2];
        places = new long[oldKeys.length * 2];
        fingerprints = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                places[slot] = oldPlaces[i];
                fingerprints[slot] = oldFingerprints[i];
            }
        }
    }

    private static int slot(long key, int capacity) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (capacity - 1);
    }
}
