package io.kairos.execution.fill;

/** The full bid-ask spread an order crosses, as a fraction of the price; a fill pays half of it. */
public sealed interface SpreadEstimate {

    double fullSpread(Bar bar);

    /** A quoted or assumed spread of {@code bps} basis points, whatever the day. */
    record Quoted(double bps) implements SpreadEstimate {

        public Quoted {
            if (!(bps >= 0) || !Double.isFinite(bps)) {
                throw new IllegalArgumentException("a quoted spread must be finite and not negative: " + bps + " bps");
            }
        }

        @Override
        public double fullSpread(Bar bar) {
            return bps / CostModel.BPS;
        }
    }

    /**
     * Without quotes, a fraction of the day's range: {@code max(floorBps / 10^4, fraction * (high - low) / close)}.
     * The range holds the spread and the day's volatility; a fixed fraction of it grows with both, as spreads do,
     * needs only the fill session's bar and is never negative. Corwin-Schultz separates the two from two days'
     * ranges, but from a single pair of days it is noisy and often negative (then set to 0), so it is meant to be
     * averaged over a month, which a fill model that sees one bar cannot do. The floor keeps a flat bar (high ==
     * low) from trading for free.
     */
    record FromRange(double fraction, double floorBps) implements SpreadEstimate {

        public FromRange {
            if (!(fraction >= 0) || !(floorBps >= 0) || !Double.isFinite(fraction + floorBps)) {
                throw new IllegalArgumentException("the range fraction and the spread floor must be finite and not negative: "
                        + fraction + ", " + floorBps + " bps");
            }
        }

        @Override
        public double fullSpread(Bar bar) {
            return Math.max(floorBps / CostModel.BPS, fraction * (bar.high() - bar.low()) / bar.close());
        }
    }
}
