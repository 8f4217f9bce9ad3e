package io.kairos.data.synthetic;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the spec's seed, one per purpose and index, so that what
 * a ticker draws never depends on which thread generates it or on what other tickers draw.
 */
final class RandomStreams {

    /** What a stream is used for; each purpose gets its own family of streams. */
    enum Purpose { MARKET, SECTOR, STRESS, PROFILE, NAMES, PATH }

    private RandomStreams() {
    }

    static SplittableRandom of(long seed, Purpose purpose, int index) {
        long key = mix(mix(seed) + 0x632BE59BD9B4E019L * (purpose.ordinal() + 1));
        // SplittableRandom seeds that differ by its internal gamma give shifted copies of one
        // sequence, so the seed handed to it is a hash, never seed + index.
        return new SplittableRandom(mix(key + 0x9E3779B97F4A7C15L * (index + 1L)));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: a bijective 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
