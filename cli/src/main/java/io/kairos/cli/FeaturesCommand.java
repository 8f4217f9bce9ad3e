package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.features.FeatureBuildSummary;
import io.kairos.features.FeatureBuilder;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Build the point-in-time feature matrix feat_matrix from the stored prices (docs/FEATURES.md), in one",
            "transaction. Adds the dates after the last build (every date the first time); --rebuild recomputes them all.",
            "Exits 3 when prices on or before the last built date have changed since (a reload, a split or dividend",
            "restating history): run it with --rebuild then."})
final class FeaturesCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--rebuild", description = "Recompute every date into a fresh feat_matrix.")
    private boolean rebuild;

    FeaturesCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        FeatureBuildSummary summary;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            summary = FeatureBuilder.build(opened, rebuild ? FeatureBuilder.Mode.REBUILD : FeatureBuilder.Mode.INCREMENTAL,
                    context.progress(spec.commandLine().getErr()), context.clock());
        }
        print(summary, spec.commandLine().getOut());
        return ExitCode.SUCCESS;
    }

    private static void print(FeatureBuildSummary summary, PrintWriter out) {
        double seconds = summary.took().toMillis() / 1000.0;
        if (summary.kind() == FeatureBuildSummary.Kind.UP_TO_DATE) {
            out.printf(Locale.ROOT, "features up to date through %s (%s): nothing written, %.1f s%n", summary.lastDate(),
                    summary.reason(), seconds);
        } else {
            String mode = summary.kind() == FeatureBuildSummary.Kind.FULL ? "full build" : "incremental";
            out.printf(Locale.ROOT, "features %s (%s): %s to %s, %s rows x %d features for %s tickers in %.1f s"
                            + " (%s price rows read)%n", mode, summary.reason(), summary.firstDate(), summary.lastDate(),
                    Quantities.count(summary.rows()), summary.features(), Quantities.count(summary.tickers()), seconds,
                    Quantities.count(summary.pricesRead()));
        }
        out.flush();
    }
}
