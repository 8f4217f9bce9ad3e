package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Bracket;
import io.kairos.execution.Broker;
import io.kairos.execution.ExecutionPlan;
import io.kairos.execution.ExecutionReport;
import io.kairos.execution.ExecutionRun;
import io.kairos.execution.OrderOptions;
import io.kairos.execution.PicksInput;
import io.kairos.execution.PlannedOrder;
import io.kairos.execution.TrackedOrder;
import io.kairos.execution.records.ExecutionRecords;
import io.kairos.execution.records.Venues;
import io.kairos.execution.sim.SimBroker;
import io.kairos.ops.ArtifactFolder;
import io.kairos.ops.audit.AuditLog;
import io.kairos.risk.DrawdownGuard;
import io.kairos.risk.EquityPeak;
import io.kairos.risk.PreTradeChecks;
import io.kairos.risk.PreTradeVerdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "execute", mixinStandardHelpOptions = true,
        description = {"Turn signed-off picks into orders at the broker (docs/EXECUTION.md).",
            "Every order: pre-trade risk checks (config/risk.yaml) -> kill switch -> order manager -> broker.",
            "Without --execute it is a preview: it prints the orders and the checks' verdicts and writes",
            "them to outputs/execution/<date>/, sending nothing. With --execute it sends the approved",
            "orders (a live account also asks for a typed confirmation unless --yes), then writes the",
            "orders and report.json, and exits 3 when the positions do not match the picks.",
            "The broker (broker.venue auto) is Alpaca when ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY are set",
            "(paper unless ALPACA_BASE_URL says otherwise), else the simulated one kept in the store (sim), which",
            "fills at the next session's open from sep_base once that bar is loaded; broker.venue sim or alpaca",
            "chooses one."})
final class ExecuteCommand implements Callable<Integer> {

    /** A name may sit this far (a fraction of equity) from its target weight: floored shares and costs leave a little. */
    private static final double TOLERANCE = 0.005;

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--picks", required = true, paramLabel = "PATH", description = "The picks.csv to execute.")
    private Path picksFile;

    @Option(names = "--date", paramLabel = "D", description = "The rebalance date, when no summary.json lies beside the picks.")
    private LocalDate date;

    @Option(names = "--execute", description = "Send the orders (default: preview only).")
    private boolean execute;

    @Option(names = "--yes", description = "Do not ask for the typed confirmation a live account needs.")
    private boolean yes;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write (default: outputs/execution/<date>).")
    private Path outputDir;

    ExecuteCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        PicksInput picks = PicksInput.read(picksFile, date);
        PrintWriter out = spec.commandLine().getOut();
        Path folder = outputDir != null ? outputDir
                : config.paths().outputs().resolve("execution").resolve(picks.rebalanceDate().toString());
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            SimBroker sim = BrokerAccess.useAlpaca(config) ? null : BrokerAccess.sim(context, config, opened, picks.rebalanceDate());
            Broker broker = sim != null ? sim : BrokerAccess.alpaca(context, config);
            // the simulated market's "now" is its own session's close, not this machine's clock
            Clock brokerClock = sim != null ? Clock.fixed(broker.clock().timestamp(), ZoneOffset.UTC) : context.clock();
            out.println(sim != null ? "broker: sim (simulated in the store, as of " + sim.asOf() + "; broker.venue " + config.broker().venue() + ")"
                    : "broker: alpaca, " + (broker.paper() ? "PAPER account" : "LIVE account: real money") + " at "
                            + config.broker().alpacaBaseUrl());
            AuditLog audit = AuditLog.in(config.paths().logs(), context.clock());
            ExecutionRun run = new ExecutionRun(broker, context.calendar(), new PreTradeChecks(config.risk(), context.killSwitch(),
                    context.calendar()), context.killSwitch(), new DrawdownGuard(config.risk(), new EquityPeak(
                    config.home().resolve("state"), context.clock()), context.killSwitch()), audit::append, brokerClock,
                    new OrderOptions(false, Bracket.of(config.broker().bracketTakeProfit(), config.broker().bracketStopLoss())));
            ExecutionPlan plan = run.plan(opened.connection(), picks);
            printPlan(plan, out);
            if (!execute) {
                Path written = writePlan(plan, folder, "preview");
                out.println("preview only: nothing was sent. Written: " + written + ". Send with --execute.");
                out.flush();
                return ExitCode.SUCCESS;
            }
            confirmIfLive(plan, out);
            List<TrackedOrder> submitted = run.submit(plan);
            if (sim != null) {
                // the orders of the session after the sim's date fill at its open once its bar is in the store
                sim.settle(context.calendar().nextSession(sim.asOf()));
            }
            List<TrackedOrder> latest = run.latest(submitted);
            ExecutionRecords.open(opened.connection(), Venues.of(broker, plan.account()), context.clock()).recordExecution(plan, latest);
            ExecutionReport report = run.report(plan, latest, TOLERANCE);
            Path written = writeReport(plan, latest, report, folder);
            printReport(report, out);
            out.println("written: " + written);
            long refused = plan.orders().size() - plan.approved();
            if (refused > 0) {
                out.printf("REFUSED: %d of %d orders were stopped by the pre-trade checks and not sent (see above).%n", refused,
                        plan.orders().size());
            }
            out.flush();
            return report.matches() && refused == 0 ? ExitCode.SUCCESS : ExitCode.REFUSED;
        }
    }

    private void confirmIfLive(ExecutionPlan plan, PrintWriter out) {
        if (plan.paper() || yes) {
            return;
        }
        out.printf("LIVE account: type yes to send %d orders with real money: ", plan.approved());
        out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (!"yes".equals(answer == null ? null : answer.strip())) {
                throw new KairosException(KairosException.Kind.REFUSED, "Not confirmed: nothing was sent.");
            }
        } catch (IOException e) {
            throw new KairosException(KairosException.Kind.REFUSED, "No confirmation could be read: nothing was sent.");
        }
    }

    private static void printPlan(ExecutionPlan plan, PrintWriter out) {
        out.printf(Locale.ROOT, "picks %s of %s (data of %s): %d orders for the session of %s; equity %s, cash %s%n",
                plan.picks().file(), plan.picks().rebalanceDate(), plan.picks().dataDate(), plan.orders().size(), plan.tradeDate(),
                plan.account().equity().toPlainString(), plan.account().cash().toPlainString());
        out.println("orders: " + plan.orderStyle());
        TextTable table = new TextTable(List.of("side", "ticker", "qty", "price", "value", "held", "target", "checks"));
        for (int i = 0; i < plan.orders().size(); i++) {
            PlannedOrder order = plan.orders().get(i);
            table.add(List.of(order.request().side().wire(), order.request().symbol(), order.request().qty().toPlainString(),
                    order.decisionPrice().toPlainString(), order.value().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    order.currentQty().toPlainString(), order.targetQty().toPlainString(), plan.verdicts().get(i).summary()));
        }
        table.print(out);
        out.printf("%d of %d orders approved by the pre-trade checks%n", plan.approved(), plan.orders().size());
    }

    private static void printReport(ExecutionReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "execution: %d orders, %d filled, %d working, %d refused, %d found already at the broker%n",
                report.orders(), report.filled(), report.working(), report.rejected(), report.adopted());
        out.printf(Locale.ROOT, "fill rate %.1f%%, rejection rate %.1f%%, slippage %s against the decision prices, latency %s%n",
                100 * report.fillRate(), 100 * report.rejectionRate(),
                report.slippageBps() == null ? "n/a" : String.format(Locale.ROOT, "%.1f bps", report.slippageBps()),
                report.latencyMillis() == null ? "n/a" : "median " + report.latencyMillis().get(0) + " ms, max "
                        + report.latencyMillis().get(1) + " ms");
        if (report.matches()) {
            out.printf(Locale.ROOT, "OK: every name is within %.1f%% of equity of its target weight.%n", 100 * report.tolerance());
        } else {
            out.printf(Locale.ROOT, "MISMATCH: %d names are more than %.1f%% of equity off their target weight:%n",
                    report.deviations().size(), 100 * report.tolerance());
            report.deviations().stream().limit(10).forEach(deviation -> out.printf(Locale.ROOT, "  %s target %.2f%% now %.2f%%%n",
                    deviation.ticker(), 100 * deviation.target(), 100 * deviation.actual()));
        }
    }

    private Path writePlan(ExecutionPlan plan, Path folder, String stage) {
        ArtifactFolder artifacts = ArtifactFolder.begin(folder);
        artifacts.write("orders.csv", ordersCsv(plan).getBytes(StandardCharsets.UTF_8));
        return artifacts.publish(stage, inputs(plan), Map.of("execute", execute), context.clock());
    }

    private Path writeReport(ExecutionPlan plan, List<TrackedOrder> submitted, ExecutionReport report, Path folder) {
        ArtifactFolder artifacts = ArtifactFolder.begin(folder);
        artifacts.write("orders.csv", ordersCsv(plan).getBytes(StandardCharsets.UTF_8));
        artifacts.write("submitted.csv", submittedCsv(submitted).getBytes(StandardCharsets.UTF_8));
        artifacts.writeJson("report.json", report);
        return artifacts.publish("execute", inputs(plan), Map.of("execute", true, "tolerance", TOLERANCE), context.clock());
    }

    private static Map<String, Object> inputs(ExecutionPlan plan) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("picks", plan.picks().file().toString());
        inputs.put("picks_fingerprint", plan.picks().fingerprint());
        inputs.put("broker", plan.broker());
        inputs.put("trade_date", plan.tradeDate().toString());
        return inputs;
    }

    private static String ordersCsv(ExecutionPlan plan) {
        StringBuilder csv = new StringBuilder("client_order_id,side,ticker,qty,decision_price,held,target,weight,approved,checks\n");
        for (int i = 0; i < plan.orders().size(); i++) {
            PlannedOrder order = plan.orders().get(i);
            PreTradeVerdict verdict = plan.verdicts().get(i);
            csv.append(order.request().clientOrderId()).append(',').append(order.request().side().wire()).append(',')
                    .append(order.request().symbol()).append(',').append(order.request().qty().toPlainString()).append(',')
                    .append(order.decisionPrice().toPlainString()).append(',').append(order.currentQty().toPlainString()).append(',')
                    .append(order.targetQty().toPlainString()).append(',').append(String.format(Locale.ROOT, "%.8f", order.weight()))
                    .append(',').append(verdict.approved()).append(",\"").append(verdict.summary().replace("\"", "\"\""))
                    .append("\"\n");
        }
        return csv.toString();
    }

    private static String submittedCsv(List<TrackedOrder> submitted) {
        List<String> lines = new ArrayList<>(List.of("client_order_id,broker_id,side,ticker,qty,status,filled_qty,filled_avg_price,"
                + "adopted,refusal"));
        for (TrackedOrder order : submitted) {
            lines.add(String.join(",", order.request().clientOrderId(), order.broker() == null ? "" : order.broker().id(),
                    order.request().side().wire(), order.request().symbol(), order.request().qty().toPlainString(),
                    order.status().name().toLowerCase(Locale.ROOT), order.filledQty().toPlainString(),
                    order.broker() == null || order.broker().filledAvgPrice() == null ? ""
                            : order.broker().filledAvgPrice().toPlainString(),
                    String.valueOf(order.adopted()), order.refusal() == null ? "" : '"' + order.refusal().replace("\"", "\"\"") + '"'));
        }
        return String.join("\n", lines) + "\n";
    }
}
