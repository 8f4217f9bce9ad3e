package io.kairos.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.portfolio.Readiness;
import io.kairos.portfolio.ReadinessCheck;
import io.kairos.portfolio.ReadinessChecker;
import io.kairos.ops.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check-data", mixinStandardHelpOptions = true,
        description = {"Is the store ready to rebalance on a date? (docs/REBALANCE.md)",
            "Checks that feat_matrix has the date, that a model scored it, that enough names",
            "pass the liquidity filter (portfolio.min_adv, portfolio.min_liquid_names) and",
            "that every sector of the universe has liquid names. Data more than one session",
            "older than the date, missing predictions and fewer than 50 liquid names are",
            "CRITICAL: the command exits 3. Reads only; writes nothing."})
final class CheckDataCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--date", paramLabel = "D", description = "The rebalance date (default: the last completed session).")
    private LocalDate date;

    @Option(names = "--json", description = "Print the checks as one JSON document instead of text.")
    private boolean json;

    CheckDataCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        Readiness readiness;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_ONLY)) {
            readiness = new ReadinessChecker(context.calendar(), config.portfolio())
                    .check(opened.connection(), date != null ? date : context.lastCompletedSession());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(Json.mapper().writeValueAsString(readiness.asJson()));
            } catch (JsonProcessingException e) {
                throw KairosException.failure("Cannot write the checks as JSON: " + e.getMessage(), e);
            }
        } else {
            print(readiness, out);
        }
        out.flush();
        return readiness.blocked() ? ExitCode.REFUSED : ExitCode.SUCCESS;
    }

    static void print(Readiness readiness, PrintWriter out) {
        out.println("readiness of " + readiness.date() + (readiness.dataDate() == null ? "" : ": data of " + readiness.dataDate()
                + (readiness.modelId() == null ? "" : ", predictions of model " + readiness.modelId())));
        printChecks(readiness.checks(), out);
        out.println(readiness.blocked() ? "BLOCKED: the rebalance of " + readiness.date() + " must not run." : "OK: ready to rebalance.");
    }

    static void printChecks(List<ReadinessCheck> checks, PrintWriter out) {
        TextTable table = new TextTable(List.of("check", "severity", "finding"));
        checks.forEach(check -> table.add(List.of(check.name(), check.severity().name(), check.message())));
        table.print(out);
    }
}
