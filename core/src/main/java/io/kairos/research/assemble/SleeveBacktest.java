package io.kairos.research.assemble;

import io.kairos.research.BacktraderEngine;
import io.kairos.research.Bars;
import io.kairos.research.EquitySeries;
import io.kairos.research.ResearchResult;
import io.kairos.research.ResearchSettings;
import io.kairos.research.StrategyCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backtests a combination as it would trade: each chosen strategy runs again through {@link BacktraderEngine} on its
 * symbol's bars with {@code weight x capital} as cash and its result file's commission and size fraction (whole
 * shares, so a small sleeve may buy fewer shares, or none), and the portfolio's value at a close is the sum of the
 * sleeves' end-of-bar values, on the dates every sleeve's symbol trades.
 */
public final class SleeveBacktest {

    private SleeveBacktest() {
    }

    /** @param bars by symbol, each already cut to the portfolio's range */
    public static PortfolioRun run(List<Candidate> chosen, double[] weights, double capital, Map<String, Bars> bars,
            StrategyCatalog catalog) {
        List<ResearchResult> runs = new ArrayList<>();
        List<LocalDate[]> calendars = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            ResultFile result = chosen.get(i).result();
            ResearchSettings settings = new ResearchSettings(weights[i] * capital, result.settings().commission(),
                    result.settings().sizeFraction());
            ResearchResult run = BacktraderEngine.run(bars.get(result.symbol()), catalog.create(result.spec()), settings);
            runs.add(run);
            calendars.add(run.dates().toArray(LocalDate[]::new));
        }
        LocalDate[] dates = EquitySeries.shared(calendars);
        double[] values = new double[dates.length];
        List<Sleeve> sleeves = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            double[] sleeve = new EquitySeries(calendars.get(i), runs.get(i).equity()).valuesOn(dates);
            for (int t = 0; t < dates.length; t++) {
                values[t] += sleeve[t];
            }
            sleeves.add(new Sleeve(chosen.get(i), weights[i], runs.get(i).settings().cash(), runs.get(i), sleeve));
        }
        return new PortfolioRun(dates, values, sleeves, Optional.empty());
    }
}
