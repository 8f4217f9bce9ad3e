package io.kairos.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.backtest.metrics.BacktestMetrics;
import io.kairos.backtest.metrics.DailyPoint;
import io.kairos.backtest.metrics.RebalanceRecord;
import io.kairos.calendar.NyseCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The report of a made-up backtest over the NYSE sessions of 2024 and 2025: equity grows 0.1% a session in even
 * months and falls 0.05% a session in odd ones; the benchmark moves 0.02% a session.
 */
class BacktestReportTest {

    private static final List<LocalDate> SESSIONS = NyseCalendar.create().sessions(LocalDate.of(2023, 12, 29), LocalDate.of(2025, 12, 31));

    private static List<DailyPoint> points() {
        List<DailyPoint> points = new ArrayList<>();
        double equity = 100_000;
        for (LocalDate session : SESSIONS) {
            if (!points.isEmpty()) {
                equity *= session.getMonthValue() % 2 == 0 ? 1.001 : 0.9995;
            }
            points.add(new DailyPoint(session, equity, points.isEmpty() ? 0 : 0.0002, 0.98));
        }
        return points;
    }

    @Test
    void eachMonthsReturnRunsFromThePreviousMonthsLastClose() {
        SortedMap<YearMonth, Double> months = MonthlyReturns.of(points());
        long februarySessions = SESSIONS.stream().filter(day -> YearMonth.from(day).equals(YearMonth.of(2024, 2))).count();
        long januarySessions = SESSIONS.stream().filter(day -> YearMonth.from(day).equals(YearMonth.of(2024, 1))).count();
        assertEquals(20, februarySessions);
        assertEquals(21, januarySessions);
        assertEquals(Math.pow(1.001, 20) - 1, months.get(YearMonth.of(2024, 2)), 1e-12);
        assertEquals(Math.pow(0.9995, 21) - 1, months.get(YearMonth.of(2024, 1)), 1e-12);
        assertEquals(0.0, months.get(YearMonth.of(2023, 12)), "the first close has nothing before it");
    }

    @Test
    void thePageIsSelfContainedAndHasEverySection() {
        List<DailyPoint> points = points();
        List<RebalanceRecord> rebalances = List.of(new RebalanceRecord(LocalDate.of(2024, 1, 31), 0.5, 50_000, 25),
                new RebalanceRecord(LocalDate.of(2024, 2, 29), 0.1, 10_000, 5));
        SortedMap<LocalDate, SortedMap<String, Double>> sectors = new TreeMap<>();
        for (DailyPoint point : points) {
            SortedMap<String, Double> day = new TreeMap<>();
            day.put("Technology", 0.6);
            day.put("Energy", 0.38);
            sectors.put(point.date(), day);
        }
        String html = BacktestReport.html(new ReportData("Backtest 2024-2025", points, rebalances, sectors,
                BacktestMetrics.of(points, rebalances, List.of())));

        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("src=") || html.contains("href="), "nothing fetched");
        assertEquals(html.split("http://").length - 1, html.split("xmlns=\"http://www.w3.org/2000/svg\"").length - 1,
                "the only URLs are the SVG namespace");
        for (String section : List.of("Equity", "Drawdowns", "Rolling Sharpe ratio", "Monthly returns", "Turnover", "Sector exposure",
                "By year")) {
            assertTrue(html.contains("<h2>" + section + "</h2>"), section);
        }
        // February 2024: 1.001^20 - 1 = 2.02%
        assertTrue(html.contains(">2.0%</td>"), "February's heatmap cell");
        assertTrue(html.contains("<tr><th>turnover per rebalance</th><td>30.00%</td></tr>"), "(0.5 + 0.1) / 2");
        assertTrue(html.contains("<tr><th>average cost</th><td>5.00 bps</td></tr>"), "30 / 60,000");
        assertTrue(html.contains(">Technology</text>") && html.contains(">Energy</text>"), "the sector legend");
    }
}
