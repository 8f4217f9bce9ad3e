package io.kairos.data.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.http.BodyExcerpt;
import io.kairos.http.HttpService;
import io.kairos.ops.Json;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads Alpaca market-data refusals: the status decides, the body's {@code message} (when the body
 * is JSON) is quoted. The one message read for meaning is the recent-SIP refusal, because its
 * remedy (an older end time) differs from that of refused keys, which share the status.
 */
final class AlpacaDataErrors implements HttpService {

    private static final String KEYS = "Check APCA_API_KEY_ID and APCA_API_SECRET_KEY";

    private final String feed;

    AlpacaDataErrors(String feed) {
        this.feed = feed;
    }

    @Override
    public String name() {
        return "Alpaca market data";
    }

    @Override
    public String explain(int status, String body) {
        String message = message(body);
        String quoted = " (Alpaca said: " + message + ")";
        if (refusesRecentData(message)) {
            return "the data subscription does not permit the most recent SIP data. Use an end date at least"
                    + " 15 minutes old" + quoted;
        }
        if (status == 401) {
            return "the API keys were refused. " + KEYS + quoted;
        }
        if (status == 403) {
            return "the API keys were refused or are not entitled to this data. " + KEYS
                    + ", and that the market-data subscription covers the " + feed + " feed" + quoted;
        }
        if (status == 429) {
            return "Alpaca is rate limiting these keys. Wait a minute, or lower symbols per request, then run the"
                    + " command again" + quoted;
        }
        if (status >= 500) {
            return "Alpaca market data is failing or unavailable. Wait a few minutes, then run the command again" + quoted;
        }
        return "Alpaca refused the request's parameters. Check the symbols and dates" + quoted;
    }

    /**
     * The 2026 wording is "subscription does not permit querying recent SIP data"; older ones were
     * "... querying data from the past 15 minutes" and "end is too late for subscription".
     */
    private static boolean refusesRecentData(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("end is too late") || lower.contains("subscription does not permit")
                && (lower.contains("recent sip") || lower.contains("15 minutes"));
    }

    private static String message(String body) {
        try {
            JsonNode message = Json.mapper().readTree(body).path("message");
            if (message.isTextual()) {
                return message.asText();
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: quote the body itself
        }
        return BodyExcerpt.of(body);
    }
}
