package io.kairos.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one strategy on one symbol with Backtrader's default broker semantics (docs/RESEARCH.md, "Strategy research"),
 * so that the same bars and settings give the same trades and final value as Backtrader:
 *
 * <ol>
 *   <li>a decision on bar t's close becomes a market order filled at bar t+1's open; an order from the last bar never
 *       fills;</li>
 *   <li>an entry buys {@code floor(sizeFraction * cash / close[t])} whole shares (none when that is 0); an exit sells
 *       the whole position; long only, one order at a time;</li>
 *   <li>an entry is rejected whole, and the strategy looks again on the next bar, when the cash cannot pay the shares
 *       plus commission at the fill's open, or (Backtrader's check at submission) at the signal's close;</li>
 *   <li>commission is {@code size * commission * price} on each fill; the value of a bar is cash plus position times
 *       its close; nothing is closed at the end.</li>
 * </ol>
 * The cash arithmetic follows Backtrader's order of operations, so the values agree to the last bit.
 */
public final class BacktraderEngine {

    private BacktraderEngine() {
    }

    public static ResearchResult run(Bars bars, Strategy strategy, ResearchSettings settings) {
        strategy.prepare(bars);
        int n = bars.size();
        double[] open = bars.open();
        double[] close = bars.close();
        double commission = settings.commission();
        double fraction = settings.sizeFraction();
        int firstBar = Math.min(strategy.firstBar(), n);
        double[] equity = new double[n];
        List<Trade> trades = new ArrayList<>();
        double cash = settings.cash();
        double commissionPaid = 0;
        long position = 0;
        double entryPrice = 0;
        double entryCommission = 0;
        int entryBar = -1;
        long order = 0; // shares to buy (> 0) or sell (< 0) at this bar's open
        int rejected = 0;
        int barsHolding = 0;
        for (int t = 0; t < n; t++) {
            if (order > 0) {
                double price = open[t];
                double signalClose = close[t - 1];
                double atSubmission = cash - order * signalClose - order * commission * signalClose;
                double fee = order * commission * price;
                double afterFill = cash - order * price - fee;
                if (atSubmission >= 0.0 && afterFill >= 0.0) {
                    cash = afterFill;
                    position = order;
                    entryPrice = price;
                    entryCommission = fee;
                    entryBar = t;
                    commissionPaid += fee;
                } else {
                    rejected++;
                }
            } else if (order < 0) {
                double price = open[t];
                double pnl = position * (price - entryPrice);
                double fee = position * commission * price;
                cash = cash + (position * entryPrice + pnl) - fee;
                commissionPaid += fee;
                double tradeCommission = entryCommission + fee;
                trades.add(new Trade(bars.date(entryBar), entryPrice, bars.date(t), price, position, pnl, tradeCommission,
                        pnl - tradeCommission, t - entryBar));
                position = 0;
            }
            order = 0;
            if (t >= firstBar) {
                if (position == 0) {
                    if (strategy.wantsEntry(t)) {
                        order = (long) Math.floor(fraction * cash / close[t]);
                    }
                } else if (strategy.wantsExit(t, t - entryBar)) {
                    order = -position;
                }
            }
            if (position != 0) {
                barsHolding++;
            }
            equity[t] = cash + position * close[t];
        }
        Optional<OpenPosition> held = position == 0 ? Optional.empty() : Optional.of(new OpenPosition(bars.date(entryBar),
                entryPrice, position, entryCommission, close[n - 1], position * (close[n - 1] - entryPrice)));
        return new ResearchResult(bars.symbol(), strategy.name(), strategy.parameters(), settings, firstBar, bars.dates(),
                equity, trades, held, rejected, ResearchMetrics.of(settings.cash(), equity, trades, barsHolding, commissionPaid));
    }
}
