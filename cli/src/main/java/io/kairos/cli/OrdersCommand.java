package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import io.kairos.execution.BrokerOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "orders", mixinStandardHelpOptions = true, description = "The orders at the broker, oldest first.")
final class OrdersCommand implements Callable<Integer> {

    enum Status {
        open,
        all
    }

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--status", paramLabel = "open|all", defaultValue = "all",
            description = "open: the orders still working; all: the recent ones (default: ${DEFAULT-VALUE}).")
    private Status status;

    OrdersCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        PrintWriter out = spec.commandLine().getOut();
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            Broker broker = BrokerAccess.existing(context, config, opened);
            List<BrokerOrder> orders = broker.orders(status == Status.open);
            out.println(BrokerAccess.describe(broker) + ": " + orders.size() + " " + status + " orders");
            TextTable table = new TextTable(List.of("client order id", "symbol", "side", "qty", "status", "filled", "avg price"));
            for (BrokerOrder order : orders) {
                table.add(List.of(order.clientOrderId(), order.symbol(), order.side() == null ? "" : order.side().wire(),
                        order.qty() == null ? "" : order.qty().toPlainString(), order.status().name().toLowerCase(Locale.ROOT),
                        order.filledQty() == null ? "" : order.filledQty().toPlainString(),
                        order.filledAvgPrice() == null ? "" : order.filledAvgPrice().toPlainString()));
            }
            table.print(out);
        }
        out.flush();
        return ExitCode.SUCCESS;
    }
}
