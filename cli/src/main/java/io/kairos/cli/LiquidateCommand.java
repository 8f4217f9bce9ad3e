package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import io.kairos.execution.BrokerOrder;
import io.kairos.execution.records.ExecutionRecords;
import io.kairos.execution.records.Venues;
import io.kairos.ops.audit.AuditLog;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "liquidate", mixinStandardHelpOptions = true,
        description = {"Emergency: cancel every open order and close every position at the broker.",
            "Needs --confirm. Closing positions sends orders, so the kill switch stops it too (exit 3):",
            "turn the switch off first if liquidating is what you mean. Recorded in the audit log."})
final class LiquidateCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--confirm", description = "Yes, close everything.")
    private boolean confirm;

    LiquidateCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!confirm) {
            throw KairosException.usage("liquidate closes every position: give --confirm if that is what you mean.");
        }
        context.killSwitch().requireOff();
        KairosConfig config = context.config(store.flags());
        PrintWriter out = spec.commandLine().getOut();
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            Broker broker = BrokerAccess.existing(context, config, opened);
            List<BrokerOrder> closing = broker.closeAllPositions();
            ExecutionRecords.open(opened.connection(), Venues.of(broker, broker.account()), context.clock()).recordOrders(closing);
            AuditLog.in(config.paths().logs(), context.clock()).append("liquidate", Map.of("broker", broker.name(),
                    "orders", closing.stream().map(BrokerOrder::clientOrderId).toList()));
            out.println(BrokerAccess.describe(broker) + ": open orders cancelled; " + closing.size() + " closing orders sent");
            closing.forEach(order -> out.println("  " + order.side().wire() + " " + order.qty().toPlainString() + " " + order.symbol()
                    + " (" + order.clientOrderId() + ")"));
        }
        out.flush();
        return ExitCode.SUCCESS;
    }
}
