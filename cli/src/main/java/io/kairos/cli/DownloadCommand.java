package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.csv.CsvImport;
import io.kairos.data.alpaca.AlpacaBarsRequest;
import io.kairos.data.alpaca.AlpacaBarsSource;
import io.kairos.data.alpaca.AlpacaDataSettings;
import io.kairos.data.csv.NyseSessionRule;
import io.kairos.data.sharadar.SharadarRequest;
import io.kairos.data.sharadar.SharadarSettings;
import io.kairos.data.sharadar.SharadarSource;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.QuarantinedRow;
import io.kairos.data.synthetic.SyntheticMarket;
import io.kairos.data.synthetic.SyntheticSpec;
import io.kairos.http.RetryTiming;
import io.kairos.ops.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
            "  --source synthetic  the embedded synthetic market (docs/SYNTHETIC_MARKET.md), deterministic per seed and end",
            "  --source csv        long files (a ticker column) or per-symbol Yahoo-style files, gzip or plain",
            "  --source sharadar   Nasdaq Data Link SHARADAR/SEP and TICKERS (NASDAQ_DATA_LINK_API_KEY); incremental",
            "  --source alpaca     Alpaca market data v2 daily bars (APCA_API_KEY_ID, APCA_API_SECRET_KEY)"})
final class DownloadCommand implements Callable<Integer> {

    /** Where prices come from. */
    enum Source { SYNTHETIC, CSV, SHARADAR, ALPACA }

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "synthetic",
            description = "synthetic, csv, sharadar or alpaca (default: ${DEFAULT-VALUE}).")
    private Source source;

    @Mixin
    private StoreOption store;

    @Option(names = "--tickers", paramLabel = "N", description = "synthetic: names in the market (default: synthetic.tickers).")
    private Integer tickers;

    @Option(names = "--years", paramLabel = "N", description = "synthetic: years of history (default: synthetic.years).")
    private Integer years;

    @Option(names = "--seed", paramLabel = "N", description = "synthetic: the seed (default: synthetic.seed).")
    private Long seed;

    @Option(names = "--prices", paramLabel = "FILE", arity = "1..*", description = "csv: price files (gzip or plain).")
    private List<Path> prices = List.of();

    @Option(names = "--sectors", paramLabel = "FILE", description = "csv: a file of symbols and their GICS sectors.")
    private Path sectors;

    @Option(names = "--ticker", paramLabel = "T", description = "csv: the symbol of a per-symbol file (default: from its name).")
    private String ticker;

    @Option(names = "--strict", description = "csv: stop at the first bad row instead of quarantining it.")
    private boolean strict;

    @Option(names = "--symbols", paramLabel = "A,B", split = ",",
            description = "sharadar, alpaca: the tickers (sharadar default: every SEP ticker).")
    private List<String> symbols = List.of();

    @Option(names = "--start", paramLabel = "D", description = "sharadar, alpaca: first date (sharadar: first download only).")
    private LocalDate start;

    @Option(names = "--end", paramLabel = "D",
            description = "synthetic, sharadar, alpaca: last date (default: the last completed session).")
    private LocalDate end;

    @Option(names = "--full", description = "sharadar: fetch --start..--end again instead of only what changed.")
    private boolean full;

    DownloadCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags().with("synthetic.tickers", tickers, "--tickers")
                .with("synthetic.years", years, "--years").with("synthetic.seed", seed, "--seed"));
        refuseOptionsOfOtherSources();
        PrintWriter out = spec.commandLine().getOut();
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            switch (source) {
                case SYNTHETIC -> printLoad(out, synthetic(config).loadInto(opened, progress()));
                case CSV -> importCsv(opened, out);
                case SHARADAR -> printLoad(out, new SharadarSource(sharadarSettings(config), context.http(config),
                        RetryTiming.system()).download(opened, new SharadarRequest(symbols, start, endOrLastSession(), full),
                        progress()));
                case ALPACA -> {
                    if (symbols.isEmpty() || start == null) {
                        throw new ParameterException(spec.commandLine(), "--source alpaca needs --symbols A,B and --start D.");
                    }
                    printLoad(out, new AlpacaBarsSource(alpacaSettings(config), context.http(config), context.clock(),
                            RetryTiming.system()).download(opened, new AlpacaBarsRequest(symbols, start, endOrLastSession()),
                            progress()));
                }
            }
        }
        out.flush();
        return ExitCode.SUCCESS;
    }

    /** An option meant for another source is a mistake worth saying, not something to ignore. */
    private void refuseOptionsOfOtherSources() {
        Map<String, Boolean> given = new LinkedHashMap<>();
        given.put("--tickers", tickers != null);
        given.put("--years", years != null);
        given.put("--seed", seed != null);
        given.put("--prices", !prices.isEmpty());
        given.put("--sectors", sectors != null);
        given.put("--ticker", ticker != null);
        given.put("--strict", strict);
        given.put("--symbols", !symbols.isEmpty());
        given.put("--start", start != null);
        given.put("--end", end != null);
        given.put("--full", full);
        Map<String, Set<Source>> appliesTo = Map.ofEntries(
                Map.entry("--tickers", Set.of(Source.SYNTHETIC)), Map.entry("--years", Set.of(Source.SYNTHETIC)),
                Map.entry("--seed", Set.of(Source.SYNTHETIC)), Map.entry("--prices", Set.of(Source.CSV)), Map.entry("--sectors", Set.of(Source.CSV)), Map.entry("--ticker", Set.of(Source.CSV)),
                Map.entry("--strict", Set.of(Source.CSV)), Map.entry("--symbols", Set.of(Source.SHARADAR, Source.ALPACA)),
                Map.entry("--start", Set.of(Source.SHARADAR, Source.ALPACA)),
                Map.entry("--end", Set.of(Source.SYNTHETIC, Source.SHARADAR, Source.ALPACA)),
                Map.entry("--full", Set.of(Source.SHARADAR)));
        for (Map.Entry<String, Boolean> option : given.entrySet()) {
            if (option.getValue() && !appliesTo.get(option.getKey()).contains(source)) {
                throw new ParameterException(spec.commandLine(), option.getKey() + " does not apply to --source "
                        + source.name().toLowerCase(Locale.ROOT) + ".");
            }
        }
    }

    /** The market over the last {@code years} of NYSE sessions up to the end date: fresh by default. */
    private SyntheticMarket synthetic(KairosConfig config) {
        KairosConfig.Synthetic settings = config.synthetic();
        LocalDate last = endOrLastSession();
        List<LocalDate> sessions = context.calendar().sessions(last.minusYears(settings.years()).plusDays(1), last);
        return new SyntheticMarket(new SyntheticSpec(settings.tickers(), settings.years(), settings.seed()), sessions);
    }

    private LocalDate endOrLastSession() {
        return end != null ? end : context.lastCompletedSession();
    }

    private ProgressListener progress() {
        return context.progress(spec.commandLine().getErr());
    }

    private static SharadarSettings sharadarSettings(KairosConfig config) {
        return new SharadarSettings(config.sharadar().baseUrl(), config.secrets().nasdaqApiKey().orElse(null),
                config.sharadar().pageSize(), KairosContext.retryPolicy(config));
    }

    private static AlpacaDataSettings alpacaSettings(KairosConfig config) {
        return new AlpacaDataSettings(config.alpaca().dataUrl(), config.secrets().alpacaKeyId().orElse(null),
                config.secrets().alpacaSecretKey().orElse(null), config.alpaca().feed(), config.alpaca().symbolsPerRequest(),
                AlpacaDataSettings.MAX_PAGE_LIMIT, KairosContext.retryPolicy(config));
    }

    private void importCsv(PriceStore opened, PrintWriter out) {
        if (prices.isEmpty() && sectors == null) {
            throw new ParameterException(spec.commandLine(), "--source csv needs --prices FILE... and/or --sectors FILE.");
        }
        CsvImport.Request request = new CsvImport.Request(prices.stream().map(context::resolve).toList(),
                Optional.ofNullable(sectors).map(context::resolve), Optional.ofNullable(ticker), strict);
        CsvImport.Report report = new CsvImport(new NyseSessionRule(context.calendar()), context.today())
                .run(opened, request, progress());
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

    private void printLoad(PrintWriter out, LoadSummary load) {
        out.printf("loaded %s rows for %s tickers (%s to %s) into %s in %.1f s: %s new, %s replaced%n",
                Quantities.count(load.rowsInserted()), Quantities.count(load.tickers()), load.firstDate(), load.lastDate(),
                store.db != null ? store.db : "the store", load.took().toMillis() / 1000.0,
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
