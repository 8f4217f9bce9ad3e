package io.kairos.execution.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.http.BodyExcerpt;
import io.kairos.ops.Json;
import java.io.IOException;

/**
 * Alpaca's error object, {@code {"code": 40310000, "message": "..."}}. The code is missing from
 * refused credentials ({@code {"message": "forbidden."}}) and the body may not be JSON at all (a
 * proxy's page), in which case its start stands in for the message.
 *
 * @param code null when Alpaca sent none
 */
record AlpacaError(Long code, String message) {

    static AlpacaError of(String body) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node != null && node.isObject()) {
                return of(node);
            }
        } catch (IOException e) {
            // not JSON: quote the body itself
        }
        return new AlpacaError(null, BodyExcerpt.of(body));
    }

    static AlpacaError of(JsonNode node) {
        JsonNode code = node.path("code");
        JsonNode message = node.path("message");
        return new AlpacaError(code.canConvertToLong() ? code.asLong() : null,
                message.isTextual() ? message.asText() : BodyExcerpt.of(node.toString()));
    }

    /** {@code insufficient buying power (code 40310000)}, or the message alone when there is no code. */
    @Override
    public String toString() {
        return code == null ? message : message + " (code " + code + ")";
    }
}
