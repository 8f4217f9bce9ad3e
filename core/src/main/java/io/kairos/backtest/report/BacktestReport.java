package io.kairos.backtest.report;

import io.kairos.backtest.metrics.BacktestMetrics;
import io.kairos.backtest.metrics.DailyPoint;
import io.kairos.backtest.metrics.Drawdowns;
import io.kairos.backtest.metrics.RebalanceRecord;
import io.kairos.backtest.metrics.RollingSharpe;
import io.kairos.backtest.metrics.YearRow;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * report.html of a backtest: one self-contained page (inline CSS and SVG, no scripts, no links) with the key
 * metrics, the equity curve against the benchmark, the drawdowns, the rolling Sharpe ratio, the monthly returns,
 * the turnover of each rebalance, the sector exposure over time and the table by year.
 */
public final class BacktestReport {

    private static final String PORTFOLIO = "#1b6ac9";
    private static final String BENCHMARK = "#888888";
    private static final String LOSS = "#c0392b";
    private static final String[] SECTOR_COLOURS = {"#1b6ac9", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
        "#a6761d", "#666666"};
    /** Sectors drawn one by one; the rest are summed as "other". */
    private static final int SECTORS_SHOWN = 8;

    private BacktestReport() {
    }

    public static String html(ReportData data) {
        List<DailyPoint> points = data.points();
        int n = points.size();
        LocalDate[] dates = new LocalDate[n];
        double[] equity = new double[n];
        double[] benchmark = new double[n];
        for (int i = 0; i < n; i++) {
            dates[i] = points.get(i).date();
            equity[i] = points.get(i).equity();
            benchmark[i] = i == 0 ? equity[0] : benchmark[i - 1] * (1 + points.get(i).benchmarkReturn());
        }
        double[] underwater = Drawdowns.series(equity);
        for (int i = 0; i < n; i++) {
            underwater[i] = -underwater[i];
        }
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(data.title()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:24px;color:#222;max-width:960px}"
                        + "table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ddd;padding:3px 8px;"
                        + "text-align:right;font-size:12px}th{background:#f4f4f4}h2{font-size:16px;margin-top:28px}"
                        + ".heatmap td{min-width:44px}</style></head><body>\n");
        html.append("<h1>").append(Html.escape(data.title())).append("</h1>\n");
        html.append(keyMetrics(data.metrics()));
        html.append("<h2>Equity</h2>\n").append(new SvgChart("Equity against the equal-weighted universe", SvgChart.Scale.NUMBER)
                .line("benchmark", BENCHMARK, dates, benchmark).line("portfolio", PORTFOLIO, dates, equity).svg());
        html.append("<h2>Drawdowns</h2>\n").append(new SvgChart("Below the running peak", SvgChart.Scale.PERCENT)
                .line("drawdown", LOSS, dates, underwater).svg());
        html.append("<h2>Rolling Sharpe ratio</h2>\n").append(rollingSharpe(dates, equity));
        html.append("<h2>Monthly returns</h2>\n").append(MonthlyReturns.table(MonthlyReturns.of(points)));
        html.append("<h2>Turnover</h2>\n").append(turnover(data.rebalances()));
        html.append("<h2>Sector exposure</h2>\n").append(sectors(data.sectorExposure()));
        html.append("<h2>By year</h2>\n").append(years(data.metrics().years()));
        return html.append("</body></html>\n").toString();
    }

    private static String keyMetrics(BacktestMetrics metrics) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("period", metrics.start() + " to " + metrics.end() + " (" + metrics.sessions() + " sessions)");
        rows.put("equity", String.format(Locale.ROOT, "%,.0f to %,.0f", metrics.startEquity(), metrics.endEquity()));
        rows.put("CAGR", percent(metrics.cagr()) + " (benchmark " + percent(metrics.benchmarkCagr()) + ")");
        rows.put("annual volatility", percent(metrics.annualVolatility()));
        rows.put("Sharpe / Sortino", number(metrics.sharpe()) + " / " + number(metrics.sortino()));
        rows.put("maximum drawdown", percent(metrics.maxDrawdown()) + " over " + metrics.maxDrawdownSessions() + " sessions");
        rows.put("Calmar", number(metrics.calmar()));
        rows.put("hit rate", percent(metrics.hitRate()));
        rows.put("average holding", number(metrics.averageHoldingSessions()) + " sessions");
        rows.put("turnover per rebalance", percent(metrics.turnoverPerRebalance()));
        rows.put("average cost", number(metrics.averageCostBps()) + " bps");
        rows.put("gross exposure", percent(metrics.averageGrossExposure()));
        rows.put("beta / information ratio", number(metrics.beta()) + " / " + number(metrics.informationRatio()));
        StringBuilder html = new StringBuilder("<table>\n");
        rows.forEach((name, value) -> html.append("<tr><th>").append(name).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>\n"));
        return html.append("</table>\n").toString();
    }

    private static String rollingSharpe(LocalDate[] dates, double[] equity) {
        if (equity.length < 2) {
            return new SvgChart("63-session rolling Sharpe ratio", SvgChart.Scale.NUMBER).svg();
        }
        double[] returns = new double[equity.length - 1];
        for (int i = 1; i < equity.length; i++) {
            returns[i - 1] = equity[i] / equity[i - 1] - 1;
        }
        // return i ends at close i + 1
        LocalDate[] ends = java.util.Arrays.copyOfRange(dates, 1, dates.length);
        return new SvgChart("63-session rolling Sharpe ratio (annualised)", SvgChart.Scale.NUMBER)
                .line("rolling Sharpe", PORTFOLIO, ends, RollingSharpe.of(returns)).svg();
    }

    private static String turnover(List<RebalanceRecord> rebalances) {
        LocalDate[] dates = rebalances.stream().map(RebalanceRecord::date).toArray(LocalDate[]::new);
        double[] values = rebalances.stream().mapToDouble(RebalanceRecord::turnover).toArray();
        return new SvgChart("One-sided turnover of each rebalance", SvgChart.Scale.PERCENT).bars("turnover", PORTFOLIO, dates, values)
                .svg();
    }

    private static String sectors(SortedMap<LocalDate, SortedMap<String, Double>> exposure) {
        Map<String, Double> totals = new LinkedHashMap<>();
        exposure.values().forEach(day -> day.forEach((sector, value) -> totals.merge(sector, value, Double::sum)));
        List<String> shown = totals.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(SECTORS_SHOWN).map(Map.Entry::getKey).toList();
        LocalDate[] dates = exposure.keySet().toArray(LocalDate[]::new);
        SvgChart chart = new SvgChart("Gross exposure by sector", SvgChart.Scale.PERCENT);
        for (int s = 0; s < shown.size(); s++) {
            String sector = shown.get(s);
            chart.line(sector, SECTOR_COLOURS[s], dates, exposure.values().stream().mapToDouble(day -> day.getOrDefault(sector, 0.0))
                    .toArray());
        }
        if (totals.size() > shown.size()) {
            chart.line("other", SECTOR_COLOURS[SECTORS_SHOWN], dates, exposure.values().stream().mapToDouble(day -> day.entrySet()
                    .stream().filter(entry -> !shown.contains(entry.getKey())).mapToDouble(Map.Entry::getValue).sum()).toArray());
        }
        return chart.svg();
    }

    private static String years(List<YearRow> years) {
        StringBuilder html = new StringBuilder("<table>\n<tr><th>year</th><th>portfolio</th><th>benchmark</th>"
                + "<th>max drawdown</th><th>Sharpe</th></tr>\n");
        years.stream().sorted(Comparator.comparingInt(YearRow::year)).forEach(row -> html.append("<tr><td>").append(row.year())
                .append("</td><td>").append(percent(row.portfolioReturn())).append("</td><td>").append(percent(row.benchmarkReturn()))
                .append("</td><td>").append(percent(row.maxDrawdown())).append("</td><td>").append(number(row.sharpe()))
                .append("</td></tr>\n"));
        return html.append("</table>\n").toString();
    }

    private static String percent(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * value);
    }

    private static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
