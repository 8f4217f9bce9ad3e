package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Account;
import io.kairos.execution.Broker;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "account", mixinStandardHelpOptions = true,
        description = "The broker account: status, equity, previous close's equity, cash, buying power, blocked or not.")
final class AccountCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    AccountCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        PrintWriter out = spec.commandLine().getOut();
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            Broker broker = BrokerAccess.existing(context, config, opened);
            Account account = broker.account();
            out.println(BrokerAccess.describe(broker));
            TextTable table = new TextTable(List.of("field", "value"));
            table.add(List.of("id", account.id()));
            table.add(List.of("status", account.status()));
            table.add(List.of("equity", account.equity().toPlainString()));
            table.add(List.of("last equity", account.lastEquity() == null ? "" : account.lastEquity().toPlainString()));
            table.add(List.of("cash", account.cash().toPlainString()));
            table.add(List.of("buying power", account.buyingPower().toPlainString()));
            table.add(List.of("blocked", String.valueOf(account.blocked())));
            table.print(out);
        }
        out.flush();
        return ExitCode.SUCCESS;
    }
}
