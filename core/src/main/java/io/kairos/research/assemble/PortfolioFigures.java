package io.kairos.research.assemble;

import io.kairos.research.ResearchMetrics;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a portfolio's daily values (docs/STRATEGY_LAB.md, "kairos portfolio-assemble"). Daily figures follow
 * {@code kairos research} ({@link ResearchMetrics}): the first daily return is the first close's value over the
 * capital, deviations are population ones, 252 sessions a year. An undefined figure is null.
 *
 * @param annualVolatility     population standard deviation of the daily returns times sqrt(252)
 * @param weekly               one return per ISO week (Monday to Sunday) that has a session: the value at the week's
 *                             last session over the previous week's last value, the first week over the capital
 * @param expectedWeeklyReturn the mean of the weekly returns
 * @param weeklyRisk           their sample standard deviation (n - 1); null with fewer than two weeks
 */
public record PortfolioFigures(double capital, double finalValue, double totalReturn, Double annualReturn, Double annualVolatility,
        Double sharpe, double maxDrawdownPct, List<WeeklyReturn> weekly, Double expectedWeeklyReturn, Double weeklyRisk) {

    public PortfolioFigures {
        weekly = List.copyOf(weekly);
    }

    public static PortfolioFigures of(double capital, LocalDate[] dates, double[] values) {
        int n = values.length;
        double finalValue = n == 0 ? capital : values[n - 1];
        double[] daily = new double[n];
        for (int t = 0; t < n; t++) {
            daily[t] = values[t] / (t == 0 ? capital : values[t - 1]) - 1;
        }
        List<WeeklyReturn> weekly = weekly(capital, dates, values);
        double[] weeks = weekly.stream().mapToDouble(WeeklyReturn::weekReturn).toArray();
        return new PortfolioFigures(capital, finalValue, finalValue / capital - 1, ResearchMetrics.annualReturn(capital, finalValue, n),
                n < 2 ? null : Moments.populationDeviation(daily) * Math.sqrt(252), ResearchMetrics.sharpe(capital, values),
                ResearchMetrics.maxDrawdownPct(values), weekly, weeks.length == 0 ? null : Moments.mean(weeks),
                weeks.length < 2 ? null : Moments.sampleDeviation(weeks));
    }

    static List<WeeklyReturn> weekly(double capital, LocalDate[] dates, double[] values) {
        List<WeeklyReturn> weeks = new ArrayList<>();
        double previous = capital;
        for (int t = 0; t < dates.length; t++) {
            if (t == dates.length - 1 || week(dates[t + 1]) != week(dates[t])) {
                weeks.add(new WeeklyReturn(dates[t], values[t], values[t] / previous - 1));
                previous = values[t];
            }
        }
        return weeks;
    }

    /** The ISO week-based year and week as one number, e.g. 202401. */
    private static int week(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) * 100 + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
