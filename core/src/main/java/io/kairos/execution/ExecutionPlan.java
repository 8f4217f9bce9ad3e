package io.kairos.execution;

import io.kairos.risk.PreTradeVerdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an execution would do: the orders planned from the picks and each one's pre-trade verdict. A
 * preview stops here; {@code --execute} sends the approved orders.
 *
 * @param tradeDate       the session the orders are for
 * @param orderStyle      how the orders are sent and why, said aloud (e.g. intraday market orders on paper)
 * @param positions       the broker's quantities before the run
 * @param decisionPrices  the price each name was sized at
 */
public record ExecutionPlan(PicksInput picks, String broker, boolean paper, LocalDate tradeDate, String orderStyle, Account account,
        Map<String, BigDecimal> positions, Map<String, BigDecimal> decisionPrices, List<PlannedOrder> orders,
        List<PreTradeVerdict> verdicts) {

    public ExecutionPlan {
        orders = List.copyOf(orders);
        verdicts = List.copyOf(verdicts);
    }

    public long approved() {
        return verdicts.stream().filter(PreTradeVerdict::approved).count();
    }
}
