package io.kairos.research;

import io.kairos.ops.ArtifactFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * outputs/research/<date>/: one JSON file per (symbol, strategy, parameters), named
 * {@code <SYMBOL>_<strategy>_<k=v>_<k=v>.json}, the leaderboard ({@value #LEADERBOARD}) and manifest.json. The schema is in docs/RESEARCH.md ("The result
 * file"); keys are sorted, numbers are written in full (shortest exact form), so the same run writes the same bytes.
 */
public final class ResearchArtifacts {

    /** Written into every result file, so that a reader can tell which layout it reads. */
    public static final String SCHEMA = "kairos.research.result/1";
    public static final String LEADERBOARD = "leaderboard.csv";

    private ResearchArtifacts() {
    }

    /** Writes the folder all or nothing, {@code leaderboardCsv} as {@value #LEADERBOARD}; returns it. */
    public static Path write(Path target, List<ResearchResult> results, String leaderboardCsv, Map<String, Object> inputs,
            Map<String, Object> parameters, Clock clock) {
        ArtifactFolder folder = ArtifactFolder.begin(target);
        try {
            for (ResearchResult result : results) {
                folder.writeJson(fileName(result), json(result));
            }
            folder.write(LEADERBOARD, leaderboardCsv.getBytes(StandardCharsets.UTF_8));
            return folder.publish("research", inputs, parameters, clock);
        } catch (RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }

    /** {@code ORCL_sma_cross_fast=10_slow=30.json}. */
    public static String fileName(ResearchResult result) {
        return result.symbol() + "_" + result.strategy() + "_" + result.spec().parameterText().replace(',', '_') + ".json";
    }

    static Map<String, Object> json(ResearchResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("symbol", result.symbol());
        json.put("strategy", result.strategy());
        json.put("parameters", result.parameters());
        json.put("spec", result.spec().toString());
        json.put("semantics", "backtrader");
        json.put("settings", Map.of("cash", result.settings().cash(), "commission", result.settings().commission(),
                "size_fraction", result.settings().sizeFraction()));
        int bars = result.dates().size();
        json.put("start", bars == 0 ? null : result.dates().get(0));
        json.put("end", bars == 0 ? null : result.dates().get(bars - 1));
        json.put("first_signal_date", result.firstBar() < bars ? result.dates().get(result.firstBar()) : null);
        json.put("metrics", metrics(result));
        json.put("trades", result.trades().stream().map(ResearchArtifacts::trade).toList());
        json.put("open_position", result.open().map(ResearchArtifacts::open).orElse(null));
        Map<String, Object> equity = new LinkedHashMap<>();
        equity.put("dates", result.dates());
        equity.put("values", result.equity());
        json.put("equity", equity);
        return json;
    }

    private static Map<String, Object> metrics(ResearchResult result) {
        ResearchMetrics m = result.metrics();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bars", m.bars());
        json.put("final_value", m.finalValue());
        json.put("total_return", m.totalReturn());
        json.put("annual_return", m.annualReturn());
        json.put("sharpe", m.sharpe());
        json.put("max_drawdown_pct", m.maxDrawdownPct());
        json.put("trades", m.trades());
        json.put("win_rate", m.winRate());
        json.put("profit_factor", m.profitFactor());
        json.put("exposure", m.exposure());
        json.put("commission_paid", m.commissionPaid());
        json.put("rejected_orders", result.rejected());
        return json;
    }

    private static Map<String, Object> trade(Trade trade) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entry_date", trade.entryDate());
        json.put("entry_price", trade.entryPrice());
        json.put("exit_date", trade.exitDate());
        json.put("exit_price", trade.exitPrice());
        json.put("size", trade.size());
        json.put("pnl", trade.pnl());
        json.put("commission", trade.commission());
        json.put("pnl_net", trade.pnlNet());
        json.put("bars_held", trade.barsHeld());
        return json;
    }

    private static Map<String, Object> open(OpenPosition open) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entry_date", open.entryDate());
        json.put("entry_price", open.entryPrice());
        json.put("size", open.size());
        json.put("entry_commission", open.entryCommission());
        json.put("last_close", open.lastClose());
        json.put("unrealized_pnl", open.unrealizedPnl());
        return json;
    }
}
