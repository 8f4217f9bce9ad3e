package io.kairos.risk;

import io.kairos.execution.Account;
import io.kairos.execution.Asset;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.Position;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the pre-trade checks look at for one order. Positions and account are as they will be when the
 * order executes: in a run of several orders, the caller passes them with the earlier orders applied (or
 * fresh from the broker after each fill). Nothing here is checked at construction but the order: a missing
 * or malformed value makes the check that needs it reject the order.
 *
 * @param referencePrice   the price the order is valued at (the decision price: the close the picks were sized at)
 * @param priceDate        the session that price is from
 * @param tradeDate        the session the order is for
 * @param positions        the broker's positions
 * @param asset            what the broker said of the symbol, empty when it does not know it
 * @param sectors          ticker to sector, for the order's symbol and the positions
 * @param plannedPositions the number of names of the signed-off picks, which raises the positions limit; 0 outside a rebalance
 */
public record PreTradeInput(OrderRequest order, BigDecimal referencePrice, LocalDate priceDate, LocalDate tradeDate,
        Account account, List<Position> positions, Optional<Asset> asset, Map<String, String> sectors, int plannedPositions) {

    public PreTradeInput {
        Objects.requireNonNull(order, "order");
    }

    /** Shares held of the order's symbol now (negative for a short). */
    public BigDecimal heldQty() {
        return positions.stream().filter(position -> position.symbol().equals(order.symbol())).map(Position::qty)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Shares held of the order's symbol once the order has filled. */
    public BigDecimal qtyAfter() {
        return heldQty().add(order.side() == OrderSide.BUY ? order.qty() : order.qty().negate());
    }

    /** True when the order makes the position larger (in absolute size); false when it shrinks it. */
    public boolean grows() {
        return qtyAfter().abs().compareTo(heldQty().abs()) > 0;
    }

    /** The position's value once the order has filled, at the reference price. */
    public BigDecimal valueAfter() {
        return qtyAfter().abs().multiply(referencePrice);
    }
}
