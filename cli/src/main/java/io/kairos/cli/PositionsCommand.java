package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import io.kairos.execution.Position;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "positions", mixinStandardHelpOptions = true, description = "The positions at the broker.")
final class PositionsCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    PositionsCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        PrintWriter out = spec.commandLine().getOut();
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            Broker broker = BrokerAccess.existing(context, config, opened);
            List<Position> positions = broker.positions();
            out.println(BrokerAccess.describe(broker) + ": " + positions.size() + " positions");
            TextTable table = new TextTable(List.of("symbol", "qty", "avg entry", "price", "market value"));
            for (Position position : positions) {
                table.add(List.of(position.symbol(), position.qty().toPlainString(), plain(position.avgEntryPrice()),
                        plain(position.currentPrice()), plain(position.marketValue())));
            }
            table.print(out);
        }
        out.flush();
        return ExitCode.SUCCESS;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
