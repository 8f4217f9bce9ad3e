package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import io.kairos.execution.BrokerOrder;
import io.kairos.ops.audit.AuditLog;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "cancel-all", mixinStandardHelpOptions = true,
        description = {"Ask the broker to cancel every open order. Cancelling sends no order, so the kill switch",
            "does not stop it. Recorded in the audit log."})
final class CancelAllCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    CancelAllCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        PrintWriter out = spec.commandLine().getOut();
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            Broker broker = BrokerAccess.existing(context, config, opened);
            List<BrokerOrder> cancelled = broker.cancelAllOrders();
            AuditLog.in(config.paths().logs(), context.clock()).append("cancel_all", Map.of("broker", broker.name(),
                    "orders", cancelled.stream().map(BrokerOrder::clientOrderId).toList()));
            out.println(BrokerAccess.describe(broker) + ": asked to cancel " + cancelled.size() + " open orders");
            cancelled.forEach(order -> out.println("  " + order.clientOrderId() + " " + order.symbol()));
        }
        out.flush();
        return ExitCode.SUCCESS;
    }
}
