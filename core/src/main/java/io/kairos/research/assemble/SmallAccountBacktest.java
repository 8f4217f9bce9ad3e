package io.kairos.research.assemble;

import io.kairos.research.Bars;
import io.kairos.research.EquitySeries;
import io.kairos.research.StrategyCatalog;
import io.kairos.research.smallaccount.PricePath;
import io.kairos.research.smallaccount.SmallAccountResult;
import io.kairos.research.smallaccount.SmallAccountRules;
import io.kairos.research.smallaccount.SmallAccountSimulator;
import io.kairos.research.smallaccount.SymbolFeed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backtests a combination under the small-account rules: each chosen strategy's entry and exit decisions
 * ({@link StrategySignals}, computed on its symbol's whole range of bars) feed one {@link SmallAccountSimulator} run
 * that sizes every trade by its risk, on the dates every chosen symbol trades (a signal on a date another symbol lacks
 * is dropped). Feeds go in rank order, so signals on the same close are taken best-ranked first; each feed is named by
 * its candidate's label ({@code #1 sma_cross:fast=10,slow=30 on ORCL}), so the trades and skipped orders say which
 * strategy they come from even when two trade one symbol.
 */
public final class SmallAccountBacktest {

    private SmallAccountBacktest() {
    }

    /** @param bars by symbol, each already cut to the portfolio's range */
    public static PortfolioRun run(List<Candidate> chosen, SmallAccountRules rules, Map<String, Bars> bars, StrategyCatalog catalog) {
        List<LocalDate[]> calendars = new ArrayList<>();
        chosen.forEach(c -> calendars.add(bars.get(c.result().symbol()).dates().toArray(LocalDate[]::new)));
        LocalDate[] dates = EquitySeries.shared(calendars);
        List<SymbolFeed> feeds = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Bars own = bars.get(chosen.get(i).result().symbol());
            StrategySignals signals = StrategySignals.of(catalog.create(chosen.get(i).result().spec()), own);
            int[] at = EquitySeries.indices(calendars.get(i), dates);
            double[][] prices = {own.open(), own.high(), own.low(), own.close()};
            double[][] picked = new double[4][dates.length];
            boolean[] entries = new boolean[dates.length];
            boolean[] exits = new boolean[dates.length];
            for (int t = 0; t < dates.length; t++) {
                for (int f = 0; f < 4; f++) {
                    picked[f][t] = prices[f][at[t]];
                }
                entries[t] = signals.entries()[at[t]];
                exits[t] = signals.exits()[at[t]];
            }
            feeds.add(new SymbolFeed(new PricePath(chosen.get(i).label(), dates, picked[0], picked[1], picked[2], picked[3]), entries, exits));
        }
        SmallAccountResult result = new SmallAccountSimulator(rules).run(feeds);
        double[] values = result.equity().stream().mapToDouble(p -> p.equity()).toArray();
        return new PortfolioRun(dates, values, List.of(), Optional.of(result));
    }
}
