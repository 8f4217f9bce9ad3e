package io.kairos.execution.sim;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.execution.Account;
import io.kairos.execution.OrderSide;
import io.kairos.execution.Position;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.fill.Money;
import io.kairos.execution.sim.SimLedger.Holding;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The simulated account valued at the store's closes: equity, last equity, buying power, positions. */
final class SimValuation {

    static final String ACCOUNT_ID = "sim";

    private final NyseCalendar calendar;
    private final FillModel fills;
    private final SimPrices prices;
    private final SimOrders orders;
    private final SimLedger ledger;

    SimValuation(NyseCalendar calendar, FillModel fills, SimPrices prices, SimOrders orders, SimLedger ledger) {
        this.calendar = calendar;
        this.fills = fills;
        this.prices = prices;
        this.orders = orders;
        this.ledger = ledger;
    }

    /**
     * Equity is cash plus the positions at their latest close on or before {@code asOf}; last equity the cash and
     * positions from before the fills of {@code asOf}, at the previous session's closes.
     */
    Account account(LocalDate asOf) throws SQLException {
        BigDecimal cash = ledger.cash();
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        ledger.holdings().forEach((symbol, holding) -> shares.put(symbol, holding.qty()));
        BigDecimal equity = cash.add(value(shares, asOf));
        SimLedger.SessionChange today = ledger.changeOn(asOf);
        today.shares().forEach((symbol, qty) -> shares.merge(symbol, qty.negate(), BigDecimal::add));
        BigDecimal lastEquity = cash.subtract(today.cash()).add(value(shares, calendar.previousSession(asOf)));
        return new Account(ACCOUNT_ID, "ACTIVE", equity, lastEquity, cash, buyingPower(asOf), false);
    }

    /** Each position at its latest close on or before {@code asOf}. */
    List<Position> positions(LocalDate asOf) throws SQLException {
        List<Position> positions = new ArrayList<>();
        for (Holding holding : ledger.holdings().values()) {
            BigDecimal close = close(holding.symbol(), asOf);
            positions.add(new Position(holding.symbol(), holding.qty(), holding.avgEntryPrice(), close,
                    Money.dollars(holding.qty().multiply(close))));
        }
        return positions;
    }

    /** Cash less what the open buys would cost at the latest closes, commission included; never below 0. */
    BigDecimal buyingPower(LocalDate asOf) throws SQLException {
        BigDecimal power = ledger.cash();
        for (SimOrder order : orders.all(true)) {
            if (order.side() == OrderSide.BUY) {
                power = power.subtract(estimatedCost(order.remaining(), close(order.symbol(), asOf)));
            }
        }
        return power.max(Money.dollars(BigDecimal.ZERO));
    }

    /** What buying the shares at the price would take from cash, commission included. */
    BigDecimal estimatedCost(BigDecimal qty, BigDecimal price) {
        return fills.atPrice(OrderSide.BUY, qty, price).cashFlow().negate();
    }

    /** The symbol's latest close on or before the date, to 4 decimals. */
    BigDecimal close(String symbol, LocalDate onOrBefore) throws SQLException {
        return Money.price(prices.close(symbol, onOrBefore).orElseThrow(() -> KairosException.failure("The simulated broker needs a close"
                + " of " + symbol + " on or before " + onOrBefore + " but sep_base has none")));
    }

    private BigDecimal value(Map<String, BigDecimal> shares, LocalDate on) throws SQLException {
        BigDecimal total = Money.dollars(BigDecimal.ZERO);
        for (Map.Entry<String, BigDecimal> holding : shares.entrySet()) {
            if (holding.getValue().signum() != 0) {
                total = total.add(Money.dollars(holding.getValue().multiply(close(holding.getKey(), on))));
            }
        }
        return total;
    }
}
