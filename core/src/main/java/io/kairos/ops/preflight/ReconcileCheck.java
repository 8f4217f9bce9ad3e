package io.kairos.ops.preflight;

import io.kairos.execution.Broker;
import io.kairos.execution.records.Difference;
import io.kairos.execution.records.ExecutionRecords;
import io.kairos.execution.records.ReconcileResult;
import io.kairos.execution.records.Reconciler;
import io.kairos.execution.records.Venues;
import java.util.List;
import java.util.Locale;

/** Kairos's records of orders and positions agree with the broker: kairos reconcile --dry-run, changing nothing. */
final class ReconcileCheck implements PreflightCheck {

    @Override
    public String name() {
        return "positions reconcile";
    }

    @Override
    public String rule() {
        return "kairos reconcile --dry-run: the broker's orders and positions against Kairos's records of the venue, changing"
                + " nothing. A difference that needs a look (an order or position the records do not explain) is a FAIL: run"
                + " kairos reconcile and find out why before trading (docs/EXECUTION.md, Reconcile). Orders that merely moved on"
                + " (filled, cancelled) are a WARN: kairos reconcile records them. No records yet for a venue where the broker has orders or positions: WARN (kairos reconcile takes them from"
                + " the broker).";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        Broker broker = subject.broker();
        ExecutionRecords records = ExecutionRecords.open(subject.store().connection(), Venues.of(broker, subject.account()),
                subject.clock());
        ReconcileResult result = new Reconciler(broker, records, (event, fields) -> {
        }).reconcile(false);
        String compared = Words.count(result.ordersCompared(), "order") + " and " + Words.count(result.positionsCompared(), "position");
        if (result.initialised() && result.ordersCompared() + result.positionsCompared() == 0) {
            return Verdict.pass("venue " + result.venue() + ": no orders or positions at the broker, none recorded");
        }
        if (result.initialised()) {
            return Verdict.warn("venue " + result.venue() + " has no records yet (" + compared + " at the broker): kairos reconcile"
                    + " takes them from the broker");
        }
        List<String> lines = result.differences().stream().map(ReconcileCheck::describe).toList();
        if (result.breaks() > 0) {
            return Verdict.fail("venue " + result.venue() + ": " + Words.count(result.differences().size(), "difference") + ", "
                    + result.breaks() + " needing a look, first " + lines.get(0) + ": run kairos reconcile and find out why")
                    .withDetails(lines);
        }
        if (!lines.isEmpty()) {
            return Verdict.warn("venue " + result.venue() + ": " + Words.count(lines.size(), "order") + " moved on at the broker since the last"
                    + " record: kairos reconcile records them").withDetails(lines);
        }
        return Verdict.pass("venue " + result.venue() + ": " + compared + " agree with the records");
    }

    private static String describe(Difference difference) {
        return difference.kind().name().toLowerCase(Locale.ROOT) + " " + difference.subject() + " (local " + difference.local()
                + ", broker " + difference.broker() + ")";
    }
}
