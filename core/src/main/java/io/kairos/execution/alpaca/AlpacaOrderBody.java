package io.kairos.execution.alpaca;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.execution.OrderRequest;
import io.kairos.ops.Json;
import java.math.BigDecimal;

/** The JSON body of {@code POST /v2/orders}: numbers as strings, as the Trading API wants them. */
final class AlpacaOrderBody {

    private AlpacaOrderBody() {
    }

    static ObjectNode of(OrderRequest request) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("symbol", request.symbol());
        body.put("qty", wire(request.qty()));
        body.put("side", request.side().wire());
        body.put("type", request.type().wire());
        body.put("time_in_force", request.timeInForce().wire());
        if (request.limitPrice() != null) {
            body.put("limit_price", wire(request.limitPrice()));
        }
        body.put("client_order_id", request.clientOrderId());
        if (request.bracket()) {
            body.put("order_class", "bracket");
            body.putObject("take_profit").put("limit_price", wire(request.takeProfit()));
            body.putObject("stop_loss").put("stop_price", wire(request.stopLoss()));
        }
        return body;
    }

    /** {@code 25}, {@code 498.2}: plain notation, no exponent, no trailing zeros. */
    private static String wire(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
