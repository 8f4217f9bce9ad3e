package io.kairos.research.assemble;

import io.kairos.ops.ArtifactFolder;
import io.kairos.research.smallaccount.EquityPoint;
import io.kairos.research.smallaccount.Fill;
import io.kairos.research.smallaccount.RiskEvent;
import io.kairos.research.smallaccount.SkippedOrder;
import io.kairos.research.smallaccount.SmallAccountResult;
import io.kairos.research.smallaccount.Trade;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * outputs/portfolio/<date>/: {@code assembly.json} (settings, selection with weights, rejections, correlations, figures,
 * weekly returns; under the small-account rules its trades, events and skipped orders), {@code equity.csv} and
 * manifest.json, all or nothing. Numbers in their shortest exact form, so the same inputs write the same bytes.
 */
public final class AssemblyArtifacts {

    public static final String STAGE = "portfolio";
    public static final String SCHEMA = "kairos.portfolio.assembly/1";
    public static final String ASSEMBLY_FILE = "assembly.json";
    public static final String EQUITY_FILE = "equity.csv";

    private AssemblyArtifacts() {
    }

    /** The usual folder: {@code <outputs>/portfolio/<date>}. */
    public static Path defaultFolder(Path outputsDir, LocalDate date) {
        return outputsDir.resolve(STAGE).resolve(date.toString());
    }

    /** Publishes the assembly into {@code target}; returns it. */
    public static Path write(Assembly assembly, Path target, Map<String, Object> inputs, Clock clock) {
        ArtifactFolder folder = ArtifactFolder.begin(target);
        try {
            folder.writeJson(ASSEMBLY_FILE, json(assembly));
            folder.write(EQUITY_FILE, csv(assembly.run()).getBytes(StandardCharsets.UTF_8));
            return folder.publish(STAGE, inputs, settings(assembly.settings()), clock);
        } catch (RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }

    /** {@code date,value} and one column per sleeve (its result file's name without .json), or {@code cash,positions}. */
    static String csv(PortfolioRun run) {
        StringBuilder csv = new StringBuilder("date,value");
        run.sleeves().forEach(s -> csv.append(',').append(sleeveName(s.candidate())));
        if (run.smallAccount().isPresent()) {
            csv.append(",cash,positions");
        }
        csv.append('\n');
        for (int t = 0; t < run.dates().length; t++) {
            csv.append(run.dates()[t]).append(',').append(number(run.values()[t]));
            for (Sleeve sleeve : run.sleeves()) {
                csv.append(',').append(number(sleeve.values()[t]));
            }
            if (run.smallAccount().isPresent()) {
                EquityPoint point = run.smallAccount().get().equity().get(t);
                csv.append(',').append(number(point.cash())).append(',').append(point.positions());
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String sleeveName(Candidate candidate) {
        String file = candidate.row().resultFile();
        return file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
    }

    /** The shortest decimal that reads back as the same double, never in exponent form. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    private static Map<String, Object> settings(AssemblySettings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("capital", settings.capital());
        json.put("max_correlation", settings.maxCorrelation());
        json.put("max_strategies", settings.maxStrategies());
        json.put("weighting", settings.risk() == RiskMode.SMALL_ACCOUNT ? null : settings.weighting().id());
        json.put("risk", settings.risk().id());
        return json;
    }

    static Map<String, Object> json(Assembly assembly) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("research_folder", assembly.researchFolder().toString());
        json.put("kept_rows", assembly.kept());
        json.put("settings", settings(assembly.settings()));
        json.put("start", assembly.start());
        json.put("end", assembly.end());
        json.put("sessions", assembly.run().dates().length);
        Selection selection = assembly.selection();
        List<Map<String, Object>> chosen = new ArrayList<>();
        for (int i = 0; i < selection.chosen().size(); i++) {
            Map<String, Object> row = candidate(selection.chosen().get(i));
            row.put("sharpe", selection.chosen().get(i).row().sharpe());
            if (assembly.weights().length > 0) {
                Sleeve sleeve = assembly.run().sleeves().get(i);
                row.put("weight", sleeve.weight());
                row.put("cash", sleeve.cash());
                row.put("final_value", sleeve.values()[sleeve.values().length - 1]);
                row.put("trades", sleeve.run().trades().size());
                row.put("rejected_orders", sleeve.run().rejected());
            }
            chosen.add(row);
        }
        json.put("selection", chosen);
        json.put("rejected", selection.rejected().stream().map(AssemblyArtifacts::rejection).toList());
        json.put("not_considered", selection.notConsidered());
        Map<String, Object> correlations = new LinkedHashMap<>();
        correlations.put("labels", selection.chosen().stream().map(Candidate::label).toList());
        correlations.put("matrix", selection.correlations());
        json.put("correlations", correlations);
        json.put("figures", figures(assembly.figures()));
        json.put("weekly", assembly.figures().weekly().stream().map(w -> {
            Map<String, Object> week = new LinkedHashMap<>();
            week.put("last_session", w.lastSession());
            week.put("value", w.value());
            week.put("return", w.weekReturn());
            return week;
        }).toList());
        assembly.run().smallAccount().ifPresent(result -> json.put("small_account", smallAccount(result)));
        return json;
    }

    private static Map<String, Object> candidate(Candidate candidate) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rank", candidate.row().rank());
        json.put("symbol", candidate.result().symbol());
        json.put("spec", candidate.result().spec().toString());
        json.put("result_file", candidate.row().resultFile());
        return json;
    }

    private static Map<String, Object> rejection(Rejection rejection) {
        Map<String, Object> json = candidate(rejection.candidate());
        json.put("reason", rejection.reason());
        json.put("correlated_with", rejection.with() == null ? null : rejection.with().label());
        json.put("correlation", rejection.correlation());
        return json;
    }

    private static Map<String, Object> figures(PortfolioFigures figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("capital", figures.capital());
        json.put("final_value", figures.finalValue());
        json.put("total_return", figures.totalReturn());
        json.put("annual_return", figures.annualReturn());
        json.put("annual_volatility", figures.annualVolatility());
        json.put("sharpe", figures.sharpe());
        json.put("max_drawdown_pct", figures.maxDrawdownPct());
        json.put("weeks", figures.weekly().size());
        json.put("expected_weekly_return", figures.expectedWeeklyReturn());
        json.put("weekly_risk", figures.weeklyRisk());
        json.put("weekly_risk_kind", "sample standard deviation (n - 1)");
        return json;
    }

    private static Map<String, Object> smallAccount(SmallAccountResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("trades", result.trades().stream().map(AssemblyArtifacts::trade).toList());
        json.put("events", result.events().stream().map(AssemblyArtifacts::event).toList());
        json.put("skipped", result.skipped().stream().map(AssemblyArtifacts::skipped).toList());
        return json;
    }

    private static Map<String, Object> trade(Trade trade) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("strategy", trade.symbol());
        json.put("exit_reason", trade.exitReason().name().toLowerCase(Locale.ROOT));
        json.put("profit", trade.profit());
        json.put("fills", trade.fills().stream().map(AssemblyArtifacts::fill).toList());
        return json;
    }

    private static Map<String, Object> fill(Fill fill) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", fill.date());
        json.put("kind", fill.kind().name().toLowerCase(Locale.ROOT));
        json.put("shares", fill.shares());
        json.put("price", fill.price());
        return json;
    }

    private static Map<String, Object> event(RiskEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", event.date());
        json.put("kind", event.kind().name().toLowerCase(Locale.ROOT));
        json.put("drawdown", event.drawdown());
        json.put("detail", event.detail());
        return json;
    }

    private static Map<String, Object> skipped(SkippedOrder skipped) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("strategy", skipped.symbol());
        json.put("date", skipped.date());
        json.put("order", skipped.order());
        json.put("reason", skipped.reason());
        return json;
    }
}
