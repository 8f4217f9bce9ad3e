package io.kairos.ops.preflight;

import io.kairos.execution.BrokerOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** No order has waited open at the broker for more than a day: it would fill at a price nobody decided on. */
final class OpenOrdersCheck implements PreflightCheck {

    /** An open order submitted longer ago than this is stale. */
    static final Duration STALE_AFTER = Duration.ofHours(24);

    @Override
    public String name() {
        return "no stale open orders";
    }

    @Override
    public String rule() {
        return "Lists the broker's open orders. One submitted more than " + STALE_AFTER.toHours() + " hours before now (the"
                + " simulated broker's now is its session's close) is a FAIL: it could still fill at a price of another day;"
                + " cancel it (kairos cancel-all) or find out why it waits. An open order without a submission time is a WARN."
                + " Younger open orders are listed and PASS.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        List<BrokerOrder> open = subject.broker().orders(true);
        Instant cutoff = subject.brokerNow().minus(STALE_AFTER);
        List<BrokerOrder> stale = open.stream().filter(order -> order.submittedAt() != null && order.submittedAt().isBefore(cutoff))
                .toList();
        List<BrokerOrder> undated = open.stream().filter(order -> order.submittedAt() == null).toList();
        if (!stale.isEmpty()) {
            List<String> lines = stale.stream().map(OpenOrdersCheck::describe).toList();
            return Verdict.fail(stale.size() + " of " + Words.count(open.size(), "open order") + " submitted more than " + STALE_AFTER.toHours()
                    + " hours ago, first " + lines.get(0) + ": cancel them (kairos cancel-all) or find out why they wait")
                    .withDetails(lines);
        }
        if (!undated.isEmpty()) {
            return Verdict.warn(Words.count(undated.size(), "open order") + " without a submission time, first " + describe(undated.get(0)))
                    .withDetails(undated.stream().map(OpenOrdersCheck::describe).toList());
        }
        return Verdict.pass(open.isEmpty() ? "no open orders"
                : Words.count(open.size(), "open order") + ", all submitted within " + STALE_AFTER.toHours() + " hours");
    }

    private static String describe(BrokerOrder order) {
        return order.clientOrderId() + " " + order.side().wire() + " " + order.qty().toPlainString() + " " + order.symbol()
                + " submitted " + (order.submittedAt() == null ? "at an unknown time" : order.submittedAt().toString());
    }
}
