package io.kairos.backtest.report;

import io.kairos.backtest.metrics.DailyPoint;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The portfolio's return in each calendar month, from the last close before the month (or the first close) to the
 * month's last close, and the heatmap table of them: a row per year, a column per month and the year's total,
 * green for gains and red for losses, deeper with size.
 */
final class MonthlyReturns {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private MonthlyReturns() {
    }

    static SortedMap<YearMonth, Double> of(List<DailyPoint> points) {
        SortedMap<YearMonth, Double> returns = new TreeMap<>();
        double base = points.get(0).equity();
        for (int i = 0; i < points.size(); i++) {
            DailyPoint point = points.get(i);
            boolean monthEnds = i == points.size() - 1
                    || !YearMonth.from(points.get(i + 1).date()).equals(YearMonth.from(point.date()));
            if (monthEnds) {
                returns.put(YearMonth.from(point.date()), point.equity() / base - 1);
                base = point.equity();
            }
        }
        return returns;
    }

    static String table(SortedMap<YearMonth, Double> returns) {
        StringBuilder html = new StringBuilder("<table class=\"heatmap\">\n<tr><th>year</th>");
        for (String month : MONTHS) {
            html.append("<th>").append(month).append("</th>");
        }
        html.append("<th>year</th></tr>\n");
        if (returns.isEmpty()) {
            return html.append("</table>\n").toString();
        }
        for (int year = returns.firstKey().getYear(); year <= returns.lastKey().getYear(); year++) {
            html.append("<tr><th>").append(year).append("</th>");
            double total = 1;
            for (int month = 1; month <= 12; month++) {
                Double value = returns.get(YearMonth.of(year, month));
                html.append(cell(value));
                total *= value == null ? 1 : 1 + value;
            }
            html.append(cell(total - 1)).append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static String cell(Double value) {
        if (value == null) {
            return "<td></td>";
        }
        // full colour at 10% in a month
        double strength = Math.min(1, Math.abs(value) / 0.10);
        int fade = (int) Math.round(255 - 140 * strength);
        String colour = value >= 0 ? String.format(Locale.ROOT, "rgb(%d,255,%d)", fade, fade)
                : String.format(Locale.ROOT, "rgb(255,%d,%d)", fade, fade);
        return String.format(Locale.ROOT, "<td style=\"background:%s\">%.1f%%</td>", colour, 100 * value);
    }
}
