package io.kairos.data.synthetic;

/** US equity price increments: a cent at a dollar and above, a hundredth of a cent below. */
final class Tick {

    static final double MIN_PRICE = 0.0001;

    private Tick() {
    }

    /** The nearest valid traded price; monotone in {@code price} and never below a hundredth of a cent. */
    static double round(double price) {
        if (price >= 1) {
            return Math.rint(price * 100) / 100;
        }
        return Math.max(MIN_PRICE, Math.rint(price * 10_000) / 10_000);
    }
}
