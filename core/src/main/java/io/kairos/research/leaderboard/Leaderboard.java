package io.kairos.research.leaderboard;

import io.kairos.research.Correlation;
import io.kairos.research.EquitySeries;
import io.kairos.research.ResearchArtifacts;
import io.kairos.research.ResearchMetrics;
import io.kairos.research.ResearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks research runs by a robustness score and discards the ones not worth trading (docs/RESEARCH.md, "The
 * leaderboard"):
 *
 * <pre>score = sharpe x consistency x (1 - max_drawdown_pct / 100) x min(1, trades / full_trades)</pre>
 *
 * Runs are taken best score first; a run is discarded as {@code illiquid} when its symbol's average dollar volume is
 * under the floor, as {@code too_few_trades} below the minimum closed trades, and as {@code duplicate} when its daily
 * returns correlate above the limit with a better run of the same symbol already kept (a near-identical parameter
 * set), measured as portfolio assembly measures it ({@link Correlation}). Diversifying across symbols is left to
 * portfolio assembly.
 */
public final class Leaderboard {

    public static final String CSV_HEADER = "rank,symbol,strategy,parameters,result_file,score,sharpe,consistency,max_drawdown_pct,"
            + "trades,total_return,annual_return,adv,status,reason";

    private Leaderboard() {
    }

    /**
     * @param adv each symbol's average dollar volume over its run
     * @return kept runs by rank, then discarded ones by score
     */
    public static List<LeaderboardRow> rank(List<ResearchResult> results, Map<String, Double> adv, LeaderboardRules rules) {
        record Scored(ResearchResult result, double score, double consistency) {
        }
        List<Scored> scored = new ArrayList<>();
        for (ResearchResult result : results) {
            double consistency = consistency(result, rules);
            scored.add(new Scored(result, score(result.metrics(), consistency, rules), consistency));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.result().symbol())
                .thenComparing(s -> s.result().spec().toString()));
        List<LeaderboardRow> kept = new ArrayList<>();
        List<LeaderboardRow> discarded = new ArrayList<>();
        List<EquitySeries> keptEquity = new ArrayList<>();
        for (Scored run : scored) {
            ResearchResult result = run.result();
            double dollars = adv.getOrDefault(result.symbol(), Double.NaN);
            String illiquid = dollars < rules.minAdv() ? String.format(Locale.ROOT, "average dollar volume %.0f is under %.0f", dollars,
                    rules.minAdv()) : null;
            String fewTrades = result.metrics().trades() < rules.minTrades()
                    ? result.metrics().trades() + " closed trades, fewer than " + rules.minTrades() : null;
            if (illiquid != null || fewTrades != null) {
                discarded.add(new LeaderboardRow(0, result, run.score(), run.consistency(), dollars,
                        illiquid != null ? "illiquid" : "too_few_trades", illiquid != null ? illiquid : fewTrades));
                continue;
            }
            EquitySeries equity = new EquitySeries(result.dates().toArray(LocalDate[]::new), result.equity());
            String duplicate = null;
            for (int k = 0; k < kept.size() && duplicate == null; k++) {
                LeaderboardRow better = kept.get(k);
                if (better.result().symbol().equals(result.symbol())) {
                    double correlation = Correlation.between(equity, keptEquity.get(k)).value();
                    if (correlation > rules.maxCorrelation()) {
                        duplicate = String.format(Locale.ROOT, "daily returns correlate %.3f with rank %d (%s)", correlation, better.rank(),
                                better.result().spec());
                    }
                }
            }
            if (duplicate != null) {
                discarded.add(new LeaderboardRow(0, result, run.score(), run.consistency(), dollars, "duplicate", duplicate));
            } else {
                LeaderboardRow row = new LeaderboardRow(kept.size() + 1, result, run.score(), run.consistency(), dollars, "kept", "");
                kept.add(row);
                keptEquity.add(equity);
            }
        }
        List<LeaderboardRow> board = new ArrayList<>(kept);
        board.addAll(discarded);
        return board;
    }

    /** The leaderboard as leaderboard.csv, {@link #CSV_HEADER} first. */
    public static String csv(List<LeaderboardRow> board) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (LeaderboardRow row : board) {
            ResearchResult result = row.result();
            ResearchMetrics m = result.metrics();
            csv.append(row.kept() ? String.valueOf(row.rank()) : "").append(',')
                    .append(result.symbol()).append(',')
                    .append(result.strategy()).append(',')
                    .append(quoted(result.spec().parameterText())).append(',')
                    .append(quoted(ResearchArtifacts.fileName(result))).append(',')
                    .append(fixed(row.score(), 4)).append(',')
                    .append(m.sharpe() == null ? "" : fixed(m.sharpe(), 4)).append(',')
                    .append(fixed(row.consistency(), 4)).append(',')
                    .append(fixed(m.maxDrawdownPct(), 2)).append(',')
                    .append(m.trades()).append(',')
                    .append(fixed(m.totalReturn(), 6)).append(',')
                    .append(m.annualReturn() == null ? "" : fixed(m.annualReturn(), 6)).append(',')
                    .append(Double.isNaN(row.adv()) ? "" : fixed(row.adv(), 0)).append(',')
                    .append(row.status()).append(',')
                    .append(quoted(row.reason())).append('\n');
        }
        return csv.toString();
    }

    /** The share of windows of {@code window} bars, every {@code step} bars from the first signal, whose value rose. */
    static double consistency(ResearchResult result, LeaderboardRules rules) {
        double[] value = result.equity();
        int windows = 0;
        int rising = 0;
        for (int start = result.firstBar(); start + rules.window() < value.length; start += rules.step()) {
            windows++;
            if (value[start + rules.window()] > value[start]) {
                rising++;
            }
        }
        return windows == 0 ? 0 : (double) rising / windows;
    }

    static double score(ResearchMetrics metrics, double consistency, LeaderboardRules rules) {
        double sharpe = metrics.sharpe() == null ? 0 : metrics.sharpe();
        return sharpe * consistency * (1 - metrics.maxDrawdownPct() / 100) * Math.min(1.0, (double) metrics.trades() / rules.fullTrades());
    }

    private static String fixed(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text; // a tiny negative prints as 0, not -0
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
