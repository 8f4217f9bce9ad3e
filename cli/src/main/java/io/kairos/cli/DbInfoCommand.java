package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreInventory;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the store's tables with their row counts and date ranges.")
final class DbInfoCommand implements Runnable {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    DbInfoCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        KairosConfig config = context.config(store.flags());
        StoreInventory.Summary summary;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_ONLY)) {
            summary = StoreInventory.describe(opened);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("store: " + summary.file() + " (" + Quantities.describe(summary.bytes(), "bytes")
                + ", schema version " + summary.schemaVersion() + ")");
        TextTable table = new TextTable(java.util.List.of("table", "rows", "first date", "last date"));
        for (StoreInventory.Table described : summary.tables()) {
            table.add(Arrays.asList(described.name(), described.rows(), described.firstDate(), described.lastDate()));
        }
        table.print(out);
        out.flush();
    }
}
