package io.kairos.data.sharadar;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.http.BodyExcerpt;
import io.kairos.http.HttpService;
import io.kairos.ops.Json;
import java.io.IOException;

/**
 * Reads Nasdaq Data Link refusals: a body {@code {"quandl_error": {"code": "QEAx01", "message": ...}}}
 * whose code family (the letter after {@code QE}) says what kind of problem it is. Bodies that are
 * not such JSON (a CDN's HTML page) fall back to the HTTP status.
 */
final class NasdaqErrors implements HttpService {

    @Override
    public String name() {
        return "Nasdaq Data Link";
    }

    @Override
    public String explain(int status, String body) {
        JsonNode error = quandlError(body);
        if (error == null) {
            return byStatus(status) + " (the body was not a Nasdaq error: " + BodyExcerpt.of(body) + ")";
        }
        String code = error.path("code").asText("");
        String said = code + ": " + error.path("message").asText("no message");
        return advice(status, code) + " (" + said + ")";
    }

    private static String advice(int status, String code) {
        if (code.equals("QEAx01")) {
            return "the API key was refused. Check NASDAQ_DATA_LINK_API_KEY (or NASDAQ_API_KEY): copy the key again"
                    + " from your Nasdaq Data Link account settings";
        }
        if (code.startsWith("QEA")) {
            return "the API key was not accepted for this request. Check NASDAQ_DATA_LINK_API_KEY (or NASDAQ_API_KEY)";
        }
        if (code.startsWith("QEP")) {
            return "the key's account is not entitled to this data. Check that it subscribes to Sharadar"
                    + " (SHARADAR/SEP and SHARADAR/TICKERS) and that the subscription is active";
        }
        if (code.equals("QELx07")) {
            return "the query string was too long. Pass fewer tickers";
        }
        if (code.equals("QELx08")) {
            return "the answer would be too large. Narrow the dates or the tickers";
        }
        if (code.startsWith("QEL")) {
            return "a Nasdaq Data Link call limit was reached. Wait for the limit to reset (10-minute or daily),"
                    + " then run the command again";
        }
        if (code.equals("QESx06")) {
            return "the page cursor was refused as invalid or expired. Run the command again; the download starts over";
        }
        if (code.startsWith("QES")) {
            return "the request's parameters were refused. This is a kairos bug if the dates and tickers look right;"
                    + " report it with this message";
        }
        if (code.startsWith("QEC")) {
            return "the table or route was not found. Check the Nasdaq Data Link base URL";
        }
        return byStatus(status);
    }

    private static String byStatus(int status) {
        if (status == 429) {
            return "Nasdaq Data Link is rate limiting this key. Wait a few minutes, then run the command again";
        }
        if (status >= 500) {
            return "Nasdaq Data Link is failing or unavailable. Wait a few minutes, then run the command again";
        }
        return "Nasdaq Data Link refused the request";
    }

    private static JsonNode quandlError(String body) {
        try {
            JsonNode error = Json.mapper().readTree(body).path("quandl_error");
            return error.isObject() ? error : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
