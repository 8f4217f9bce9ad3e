package io.kairos.data.synthetic;

/**
 * A payer's quarterly dividends in traded (unadjusted) dollars per share. The board sets the amount
 * from the yield and the price before the ex-date, keeps it for a year, divides it at splits, cuts
 * it when the price has fallen so far that it would exceed 5% of the price, and suspends it when it
 * would round to less than a cent.
 */
final class DividendSchedule {

    static final int SESSIONS_PER_QUARTER = 63;
    static final int PAYMENTS_PER_RESET = 4;
    static final double MAX_SHARE_OF_PRICE = 0.05;

    private final double annualYield;
    private int nextExDate;
    private double amount;
    private int paymentsAtAmount;

    /** Quarterly dividends at {@code annualYield} from session {@code firstExDate} on. */
    DividendSchedule(double annualYield, int firstExDate) {
        this.annualYield = annualYield;
        this.nextExDate = firstExDate;
    }

    /** A name that never pays. */
    static DividendSchedule none() {
        return new DividendSchedule(0, Integer.MAX_VALUE);
    }

    boolean isExDate(int session) {
        return annualYield > 0 && session == nextExDate;
    }

    /** The dividend that goes ex today, given the prior traded close; 0 when suspended. */
    double payOn(double priorClose) {
        nextExDate += SESSIONS_PER_QUARTER;
        if (paymentsAtAmount == PAYMENTS_PER_RESET || amount == 0 || amount > MAX_SHARE_OF_PRICE * priorClose) {
            amount = Math.rint(annualYield / 4 * priorClose * 100) / 100;
            paymentsAtAmount = 0;
        }
        paymentsAtAmount++;
        return amount;
    }

    /** After a split with {@code ratio} new shares per old share, each share gets its part. */
    void split(double ratio) {
        amount /= ratio;
    }
}
