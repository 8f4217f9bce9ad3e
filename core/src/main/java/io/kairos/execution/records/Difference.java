package io.kairos.execution.records;

/**
 * One way Kairos's records and the broker disagreed.
 *
 * @param subject the order ({@code client order id symbol}) or the position's symbol
 * @param local   what Kairos had recorded ("none" when nothing)
 * @param broker  what the broker says ("none" when nothing)
 */
public record Difference(Kind kind, String subject, String local, String broker) {

    public enum Kind {
        /** A working order moved on at the broker (accepted, filled, cancelled): expected, recorded, no alarm. */
        ORDER_PROGRESSED(false),
        /** The broker has an order Kairos never recorded (sent by hand, or recorded by a run that crashed). */
        ORDER_NOT_RECORDED(true),
        /** An open order Kairos recorded is unknown to the broker. */
        ORDER_NOT_AT_BROKER(true),
        /** The broker's order contradicts the record: another symbol, side or size, fills gone, or a move back. */
        ORDER_CONFLICT(true),
        /** The local book, after every recorded fill, holds another quantity than the broker. */
        POSITION_MISMATCH(true);

        private final boolean unexplained;

        Kind(boolean unexplained) {
            this.unexplained = unexplained;
        }

        /** True for a difference an operator must look at (a "break"); false for an order's expected progress. */
        public boolean unexplained() {
            return unexplained;
        }
    }
}
