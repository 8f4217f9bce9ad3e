package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a read-only SQL query on the store and print the result.",
            "The store is opened read-only: statements that would change it are refused."})
final class DbQueryCommand implements Runnable {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SQL", description = "The query, e.g. \"SELECT count(*) FROM sep_base\".")
    private String sql;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}); csv has a header line.")
    private QueryOutput format;

    @Mixin
    private StoreOption store;

    DbQueryCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        KairosConfig config = context.config(store.flags());
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_ONLY)) {
            QueryOutput.Finishing sink = format.sink(spec.commandLine().getOut());
            StoreQuery.run(opened, sql, sink);
            sink.finish();
        }
    }
}
