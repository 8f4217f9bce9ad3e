package io.kairos.backtest;

import io.kairos.backtest.metrics.ClosedTrade;
import io.kairos.backtest.metrics.DailyPoint;
import io.kairos.backtest.metrics.Drawdowns;
import io.kairos.backtest.replay.ClosingPosition;
import io.kairos.backtest.replay.ReplayFill;
import io.kairos.backtest.replay.ReplayResult;
import io.kairos.backtest.report.BacktestReport;
import io.kairos.backtest.report.ReportData;
import io.kairos.ops.ArtifactFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * outputs/backtest/<date>/ (docs/BACKTEST.md): metrics.json (the whole run and each refit window), equity_curve.csv,
 * trades.csv (every fill), round_trips.csv, positions.csv, targets.csv and report.html. Rows in date order, then by
 * ticker, numbers in fixed formats: the same backtest writes the same bytes (the manifest's time aside).
 */
public final class BacktestArtifacts {

    private BacktestArtifacts() {
    }

    public static Path write(BacktestOutcome outcome, Map<String, Object> inputs, Clock clock) {
        ReplayResult replay = outcome.replay();
        ArtifactFolder folder = ArtifactFolder.begin(outcome.request().folder());
        try {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("metrics", outcome.metrics());
            metrics.put("walkForward", outcome.walkForward());
            folder.writeJson("metrics.json", metrics);
            folder.write("equity_curve.csv", bytes(equityCurve(replay)));
            folder.write("trades.csv", bytes(trades(replay.fills())));
            folder.write("round_trips.csv", bytes(roundTrips(replay.trades())));
            folder.write("positions.csv", bytes(positions(replay.positions())));
            folder.write("targets.csv", bytes(targets(outcome.targets())));
            folder.write("report.html", bytes(BacktestReport.html(new ReportData("Kairos backtest " + outcome.request().start()
                    + " to " + outcome.request().end(), replay.points(), replay.rebalances(), sectorExposure(outcome),
                    outcome.metrics()))));
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("start", outcome.request().start().toString());
            parameters.put("end", outcome.request().end().toString());
            parameters.put("refit_months", outcome.request().refitMonths());
            parameters.put("initial_cash", outcome.request().replay().initialCash());
            parameters.put("reference_price", outcome.request().replay().fills().reference().name().toLowerCase(Locale.ROOT));
            return folder.publish("backtest", inputs, parameters, clock);
        } catch (RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }

    private static String equityCurve(ReplayResult replay) {
        List<DailyPoint> points = replay.points();
        double[] equity = points.stream().mapToDouble(DailyPoint::equity).toArray();
        double[] drawdowns = Drawdowns.series(equity);
        StringBuilder csv = new StringBuilder("date,equity,cash,benchmark_return,benchmark_equity,gross_exposure,drawdown\n");
        double benchmark = equity.length == 0 ? 0 : equity[0];
        for (int i = 0; i < points.size(); i++) {
            DailyPoint point = points.get(i);
            benchmark *= i == 0 ? 1 : 1 + point.benchmarkReturn();
            csv.append(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.8f,%.2f,%.6f,%.6f%n", point.date(), point.equity(), replay.cash().get(i),
                    point.benchmarkReturn(), benchmark, point.grossExposure(), drawdowns[i]));
        }
        return csv.toString();
    }

    private static String trades(List<ReplayFill> fills) {
        StringBuilder csv = new StringBuilder("date,ticker,cause,side,qty,reference_price,price,commission,spread_cost,impact_cost,"
                + "cash_flow\n");
        for (ReplayFill fill : fills) {
            csv.append(String.join(",", fill.date().toString(), fill.ticker(), fill.cause().name().toLowerCase(Locale.ROOT),
                    fill.side().wire(), String.valueOf(fill.qty()), fill.referencePrice().toPlainString(), fill.price().toPlainString(),
                    fill.commission().toPlainString(), fill.spread().toPlainString(), fill.impact().toPlainString(),
                    fill.cashFlow().toPlainString())).append('\n');
        }
        return csv.toString();
    }

    private static String roundTrips(List<ClosedTrade> trades) {
        StringBuilder csv = new StringBuilder("ticker,entry_date,exit_date,sessions_held,pnl\n");
        for (ClosedTrade trade : trades) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.2f%n", trade.ticker(), trade.entryDate(), trade.exitDate(),
                    trade.sessionsHeld(), trade.pnl()));
        }
        return csv.toString();
    }

    private static String positions(List<ClosingPosition> positions) {
        StringBuilder csv = new StringBuilder("date,ticker,qty,close,value\n");
        for (ClosingPosition position : positions) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%d,%.4f,%.2f%n", position.date(), position.ticker(), position.qty(),
                    position.close(), position.value()));
        }
        return csv.toString();
    }

    private static String targets(SortedMap<LocalDate, Map<String, Double>> targets) {
        StringBuilder csv = new StringBuilder("date,ticker,weight\n");
        targets.forEach((date, weights) -> new TreeMap<>(weights).forEach((ticker, weight) -> csv.append(String.format(Locale.ROOT,
                "%s,%s,%.8f%n", date, ticker, weight))));
        return csv.toString();
    }

    /** Each close's gross position value by sector over that close's equity. */
    private static SortedMap<LocalDate, SortedMap<String, Double>> sectorExposure(BacktestOutcome outcome) {
        Map<LocalDate, Double> equity = new TreeMap<>();
        outcome.replay().points().forEach(point -> equity.put(point.date(), point.equity()));
        SortedMap<LocalDate, SortedMap<String, Double>> exposure = new TreeMap<>();
        equity.keySet().forEach(date -> exposure.put(date, new TreeMap<>()));
        for (ClosingPosition position : outcome.replay().positions()) {
            String sector = outcome.sectors().getOrDefault(position.ticker(), "unknown");
            exposure.get(position.date()).merge(sector, Math.abs(position.value()) / equity.get(position.date()), Double::sum);
        }
        return exposure;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
