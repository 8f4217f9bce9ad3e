package io.kairos.cli;

import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import io.kairos.data.csv.CsvImport;
import io.kairos.data.csv.SessionRule;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.QuarantinedRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "download", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load daily prices into the store, in one transaction: all or nothing.",
            "Reloading the same days keeps one row per ticker and date.",
            "  --source csv        long files (a ticker column) or per-symbol Yahoo-style files, gzip or plain"})
final class DownloadCommand implements Callable<Integer> {

    /** Where prices come from. */
    enum Source { CSV }

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "csv",
            description = "csv (default: ${DEFAULT-VALUE}).")
    private Source source;

    @Mixin
    private StoreOption store;

    @Option(names = "--prices", paramLabel = "FILE", arity = "1..*", description = "csv: price files (gzip or plain).")
    private List<Path> prices = List.of();

    @Option(names = "--sectors", paramLabel = "FILE", description = "csv: a file of symbols and their GICS sectors.")
    private Path sectors;

    @Option(names = "--ticker", paramLabel = "T", description = "csv: the symbol of a per-symbol file (default: from its name).")
    private String ticker;

    @Option(names = "--strict", description = "csv: stop at the first bad row instead of quarantining it.")
    private boolean strict;

    DownloadCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags(context));
        PrintWriter out = spec.commandLine().getOut();
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            switch (source) {
                case CSV -> importCsv(opened, out);
                default -> throw new IllegalStateException("unhandled source " + source);
            }
        }
        out.flush();
        return ExitCode.SUCCESS;
    }

    private void importCsv(PriceStore opened, PrintWriter out) {
        if (prices.isEmpty() && sectors == null) {
            throw new ParameterException(spec.commandLine(), "--source csv needs --prices FILE... and/or --sectors FILE.");
        }
        CsvImport.Request request = new CsvImport.Request(prices.stream().map(context::resolve).toList(),
                Optional.ofNullable(sectors).map(context::resolve), Optional.ofNullable(ticker), strict);
        CsvImport.Report report = new CsvImport(sessionRule(context.calendar()), context.today())
                .run(opened, request, context.progress(spec.commandLine().getErr()));
        printLoad(out, report.load());
        if (report.rowsRepeated() > 0) {
            out.println("skipped " + Quantities.count(report.rowsRepeated()) + " rows that repeated an earlier row exactly");
        }
        if (sectors != null) {
            out.println("sectors joined for " + report.tickersWithSector() + " of "
                    + (report.tickersWithSector() + report.tickersWithoutSector().size()) + " tickers"
                    + (report.tickersWithoutSector().isEmpty() ? "" : "; without a sector: "
                            + String.join(", ", report.tickersWithoutSector())));
        }
    }

    /** Rows must fall on NYSE sessions of the supported range. */
    static SessionRule sessionRule(NyseCalendar calendar) {
        return date -> {
            if (date.isBefore(NyseCalendar.FIRST_SUPPORTED) || date.isAfter(NyseCalendar.LAST_SUPPORTED)) {
                return Optional.of(date + " is outside the calendar's range " + NyseCalendar.FIRST_SUPPORTED + " to "
                        + NyseCalendar.LAST_SUPPORTED);
            }
            return calendar.closureReason(date).map(reason -> date + " is not an NYSE session (" + reason + ")");
        };
    }

    private void printLoad(PrintWriter out, LoadSummary load) {
        out.printf("loaded %s rows for %s tickers (%s to %s) into %s in %.1f s: %s new, %s replaced%n",
                Quantities.count(load.rowsInserted()), Quantities.count(load.tickers()), load.firstDate(), load.lastDate(),
                store.db != null ? context.resolve(store.db) : "the store", load.took().toMillis() / 1000.0,
                Quantities.count(load.rowsInserted() - load.rowsReplaced()), Quantities.count(load.rowsReplaced()));
        if (load.rowsQuarantined() > 0) {
            out.println("quarantined " + Quantities.count(load.rowsQuarantined())
                    + " rows (kairos db query \"SELECT * FROM sep_quarantine\"), e.g.:");
            for (QuarantinedRow row : load.quarantineExamples()) {
                out.println("  " + row.file() + (row.line() > 0 ? " line " + row.line() : "") + ": " + row.reason());
            }
        }
    }
}
