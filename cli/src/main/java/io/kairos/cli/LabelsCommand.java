package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.labels.LabelBuilder;
import io.kairos.labels.LabelCounts;
import io.kairos.labels.LabelSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "labels", mixinStandardHelpOptions = true,
        description = {"Rebuild the labels table from the stored prices: forward and excess return over labels.horizon sessions,",
            "the binary label and the triple-barrier outcome of every (ticker, date) whose label is complete (docs/RESEARCH.md).",
            "Settings: labels.horizon, labels.tb_upper, labels.tb_lower, labels.vol_window (or KAIROS_LABELS_...)."})
final class LabelsCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    LabelsCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        LabelSummary summary;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            summary = new LabelBuilder(context.calendar(), config.labels()).build(opened,
                    context.progress(spec.commandLine().getErr()));
        }
        print(summary, config.labels(), spec.commandLine().getOut());
        return ExitCode.SUCCESS;
    }

    private static void print(LabelSummary summary, KairosConfig.Labels settings, PrintWriter out) {
        LabelCounts written = summary.written();
        out.printf(Locale.ROOT, "labels: %s rows for %s tickers, %s dates%s, horizon %d sessions, in %.1f s%n",
                Quantities.count(written.rows()), Quantities.count(written.tickers()), Quantities.count(written.dates()),
                written.rows() == 0 ? "" : " from " + written.firstDate() + " to " + written.lastDate(), settings.horizon(),
                summary.took().toMillis() / 1000.0);
        out.println("label = 1: " + share(written, written.positive()));
        LabelCounts.Barriers barriers = written.barriers();
        out.printf(Locale.ROOT, "triple barrier (+%s / -%s daily volatilities over %d returns): upper %s, lower %s, vertical %s,"
                + " no volatility %s%n", settings.tbUpper(), settings.tbLower(), settings.volWindow(),
                share(written, barriers.upper()), share(written, barriers.lower()), share(written, barriers.vertical()),
                share(written, barriers.withoutVolatility()));
        out.println("delisted labels: " + Quantities.count(written.delisted()));
        out.println("without a label: " + Quantities.count(summary.endOfData()) + " rows whose exit is after the last date, "
                + Quantities.count(summary.afterTickerEnd()) + " after the data of a ticker not marked delisted");
        out.flush();
    }

    private static String share(LabelCounts written, long count) {
        return String.format(Locale.ROOT, "%.2f%% (%s)", 100 * written.share(count), Quantities.count(count));
    }
}
