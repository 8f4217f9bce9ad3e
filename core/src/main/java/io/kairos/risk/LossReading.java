package io.kairos.risk;

import java.math.BigDecimal;

/**
 * What the drawdown guard measured, for the audit log and the operator.
 *
 * @param dailyLoss 1 - equity / lastEquity (negative on a gain), null when lastEquity is not positive
 * @param drawdown  1 - equity / peak, 0 at a new peak
 * @param tripped   why the guard tripped the kill switch, or null when it did not
 */
public record LossReading(BigDecimal equity, BigDecimal lastEquity, BigDecimal peak, BigDecimal dailyLoss, BigDecimal drawdown,
        String tripped) {

    public boolean trippedKillSwitch() {
        return tripped != null;
    }
}
