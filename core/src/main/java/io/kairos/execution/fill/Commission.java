package io.kairos.execution.fill;

/** What the broker charges for one fill: per share with a minimum, or a fraction of the traded value. */
public sealed interface Commission {

    /** Dollars (unrounded) for a fill of {@code shares} worth {@code notional} dollars; 0 when nothing traded. */
    double dollars(double shares, double notional);

    /**
     * {@code perShare} dollars a share, at least {@code minimum} dollars per fill (IBKR's fixed pricing: 0.005 and
     * 1.00). An order filled over several sessions pays the minimum on each session's fill.
     */
    record PerShare(double perShare, double minimum) implements Commission {

        public PerShare {
            if (!(perShare >= 0) || !(minimum >= 0) || !Double.isFinite(perShare + minimum)) {
                throw new IllegalArgumentException("commission per share and minimum must be finite and not negative: " + perShare
                        + ", " + minimum);
            }
        }

        @Override
        public double dollars(double shares, double notional) {
            return shares > 0 ? Math.max(minimum, perShare * shares) : 0;
        }
    }

    /** {@code bps} basis points of the traded value. */
    record BasisPoints(double bps) implements Commission {

        public BasisPoints {
            if (!(bps >= 0) || !Double.isFinite(bps)) {
                throw new IllegalArgumentException("commission in basis points must be finite and not negative: " + bps);
            }
        }

        @Override
        public double dollars(double shares, double notional) {
            return notional * bps / CostModel.BPS;
        }
    }
}
