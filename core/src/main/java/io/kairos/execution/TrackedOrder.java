package io.kairos.execution;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order the order manager is responsible for: what Kairos asked, what the broker last said, and how
 * it got there.
 *
 * @param broker       the broker's latest view, null when the broker has no such order (refused)
 * @param status       the broker's status, or REJECTED when the broker refused the submission
 * @param adopted      true when the broker already had the order (an earlier run, or a submission whose
 *                     answer was lost) and nothing was posted for it this time
 * @param refusal      the broker's reason when it refused, else null
 * @param acknowledged when the broker's answer arrived (for the latency of the report), null when adopted
 */
public record TrackedOrder(OrderRequest request, BrokerOrder broker, OrderStatus status, boolean adopted, String refusal,
        Instant sentAt, Instant acknowledged) {

    public BigDecimal filledQty() {
        return broker == null || broker.filledQty() == null ? BigDecimal.ZERO : broker.filledQty();
    }

    TrackedOrder update(BrokerOrder latest) {
        return new TrackedOrder(request, latest, latest.status(), adopted, refusal, sentAt, acknowledged);
    }
}
