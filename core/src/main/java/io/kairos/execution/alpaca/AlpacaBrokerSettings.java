package io.kairos.execution.alpaca;

import io.kairos.KairosException;
import io.kairos.http.RetryPolicy;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Where and how to reach the Alpaca Trading API. Paper and live accounts have different hosts and
 * different key pairs; {@link #toString()} masks the keys so the settings can be logged.
 *
 * @param baseUrl   the trading host, {@value #DEFAULT_BASE_URL} (paper) unless set otherwise
 * @param keyId     sent as {@code APCA-API-KEY-ID}
 * @param secretKey sent as {@code APCA-API-SECRET-KEY}
 * @param retry     how hard each read tries; orders are sent once
 */
public record AlpacaBrokerSettings(String baseUrl, String keyId, String secretKey, RetryPolicy retry) {

    public static final String DEFAULT_BASE_URL = "https://paper-api.alpaca.markets";

    public AlpacaBrokerSettings {
        if (keyId == null || keyId.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw KairosException.usage("Alpaca trading keys missing: set ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY"
                    + " (or APCA_API_KEY_ID and APCA_API_SECRET_KEY) in the environment or .env");
        }
        if (baseUrl == null || HttpUrl.parse(baseUrl) == null) {
            throw KairosException.usage("The Alpaca trading base URL (ALPACA_BASE_URL) is not an http(s) URL: " + baseUrl);
        }
        if (retry == null) {
            throw new IllegalArgumentException("retry policy is required");
        }
    }

    /** True for a paper account, told by its host: {@code paper-api.alpaca.markets} and the like. */
    public boolean paper() {
        return paperHost(baseUrl);
    }

    /** True when {@code baseUrl} (an http(s) URL) is a paper trading host: {@code paper-api.alpaca.markets} and the like. */
    public static boolean paperHost(String baseUrl) {
        return HttpUrl.get(baseUrl).host().toLowerCase(Locale.ROOT).startsWith("paper-api.");
    }

    @Override
    public String toString() {
        return "AlpacaBrokerSettings[baseUrl=" + baseUrl + ", keyId=REDACTED, secretKey=REDACTED, retry=" + retry + "]";
    }
}
