package io.kairos.execution.alpaca;

import io.kairos.execution.BrokerException;
import io.kairos.execution.BrokerException.Kind;
import io.kairos.http.HttpRequestFailure;
import io.kairos.http.HttpService;
import java.util.Locale;

/**
 * Reads the Trading API's refusals: the status decides, then the numeric code; the message is quoted,
 * and read for meaning only to recognise a duplicate client order id (code 40010001 covers other
 * invalid parameters too). Turns failed requests into the {@link BrokerException} kinds the order
 * manager acts on.
 */
final class AlpacaTradingErrors implements HttpService {

    private static final long INVALID_PARAMETER = 40010001L;

    @Override
    public String name() {
        return "Alpaca trading";
    }

    @Override
    public String explain(int status, String body) {
        AlpacaError error = AlpacaError.of(body);
        if (refusesKeys(status, error)) {
            return "the API keys were refused (Alpaca said: " + error + "). Check ALPACA_API_KEY_ID and"
                    + " ALPACA_API_SECRET_KEY, and that they belong to the account of the base URL: paper keys work only"
                    + " with " + AlpacaBrokerSettings.DEFAULT_BASE_URL + ", live keys only with https://api.alpaca.markets";
        }
        if (status == 429) {
            return "Alpaca is rate limiting these keys (200 requests a minute per account; Alpaca said: " + error
                    + "). Wait a minute, then run the command again";
        }
        if (status >= 500) {
            return "Alpaca is failing or unavailable (Alpaca said: " + error + "). Wait a few minutes, then run the"
                    + " command again";
        }
        return error.toString();
    }

    /** A read that failed: refused (or refused keys), else the broker is unavailable. */
    BrokerException forRead(HttpRequestFailure failure) {
        if (failure.reason() == HttpRequestFailure.Reason.REFUSED) {
            return refusal(failure, failure.getMessage());
        }
        return new BrokerException(Kind.UNAVAILABLE, failure.status(), failure.getMessage(), failure);
    }

    /**
     * An order POST that failed: a duplicate client order id, a refusal, or else (no answer, 429,
     * 5xx, an unreadable success) an unknown outcome, since Alpaca may have accepted the order.
     */
    BrokerException forOrder(HttpRequestFailure failure, String clientOrderId) {
        String order = "Order " + clientOrderId + ": ";
        if (failure.reason() != HttpRequestFailure.Reason.REFUSED) {
            String said = failure.getMessage().endsWith(".") ? failure.getMessage() : failure.getMessage() + ".";
            return new BrokerException(Kind.UNKNOWN_OUTCOME, failure.status(), order + said + " Alpaca may or may not have"
                    + " accepted it: look it up by its client order id before sending it again.", failure);
        }
        AlpacaError error = AlpacaError.of(failure.body());
        if (failure.status() == 422 && Long.valueOf(INVALID_PARAMETER).equals(error.code())
                && error.message().toLowerCase(Locale.ROOT).contains("client_order_id must be unique")) {
            return new BrokerException(Kind.DUPLICATE, failure.status(), order + "Alpaca already has an order with this"
                    + " client order id (" + error + "); look it up by that id instead of sending it again.", failure);
        }
        return refusal(failure, order + failure.getMessage());
    }

    private static BrokerException refusal(HttpRequestFailure failure, String message) {
        Kind kind = refusesKeys(failure.status(), AlpacaError.of(failure.body())) ? Kind.AUTHENTICATION : Kind.REFUSED;
        return new BrokerException(kind, failure.status(), message, failure);
    }

    /** 401 always; 403 only without a code, since 403 with 40310000 is a business refusal of an order. */
    private static boolean refusesKeys(int status, AlpacaError error) {
        return status == 401 || status == 403 && error.code() == null;
    }
}
