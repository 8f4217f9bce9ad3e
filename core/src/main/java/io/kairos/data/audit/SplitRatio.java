package io.kairos.data.audit;

import java.util.List;
import java.util.Optional;

/** Names the common split whose price ratio a one-day move matches, if any. */
final class SplitRatio {

    /** A move within 5% of a split's ratio is named after it: a 2:1 split on a day the stock also moves 3% is still one. */
    static final double TOLERANCE = 0.05;

    private record Split(double priceRatio, String name) {
    }

    private static final List<Split> COMMON = List.of(
            new Split(1.0 / 2, "split 2:1"), new Split(1.0 / 3, "split 3:1"), new Split(1.0 / 4, "split 4:1"),
            new Split(1.0 / 5, "split 5:1"), new Split(1.0 / 10, "split 10:1"), new Split(2.0 / 3, "split 3:2"),
            new Split(2, "reverse split 1:2"), new Split(3, "reverse split 1:3"), new Split(4, "reverse split 1:4"),
            new Split(5, "reverse split 1:5"), new Split(10, "reverse split 1:10"), new Split(3.0 / 2, "reverse split 2:3"));

    private SplitRatio() {
    }

    /** The split (e.g. "split 2:1") whose ratio is within {@link #TOLERANCE} of close / previous close. */
    static Optional<String> matching(double priceRatio) {
        return COMMON.stream()
                .filter(split -> Math.abs(priceRatio / split.priceRatio() - 1) <= TOLERANCE)
                .map(Split::name)
                .findFirst();
    }
}
