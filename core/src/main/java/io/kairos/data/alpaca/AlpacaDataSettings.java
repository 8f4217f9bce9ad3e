package io.kairos.data.alpaca;

import io.kairos.KairosException;
import io.kairos.http.RetryPolicy;
import okhttp3.HttpUrl;

/**
 * Where and how to reach Alpaca market data. The same keys serve paper and live accounts.
 * {@link #toString()} masks the keys so the settings can be logged.
 *
 * @param baseUrl           the data host, {@value #DEFAULT_BASE_URL} unless testing
 * @param keyId             {@code APCA-API-KEY-ID}
 * @param secretKey         {@code APCA-API-SECRET-KEY}
 * @param feed              the trade feed, {@value #DEFAULT_FEED} (consolidated) for daily history
 * @param symbolsPerRequest symbols asked for in one request
 * @param pageLimit         bars per page across all symbols of a request ({@code limit}), at most {@value #MAX_PAGE_LIMIT}
 * @param retry             how hard each request tries
 */
public record AlpacaDataSettings(String baseUrl, String keyId, String secretKey, String feed, int symbolsPerRequest,
        int pageLimit, RetryPolicy retry) {

    public static final String DEFAULT_BASE_URL = "https://data.alpaca.markets";
    public static final String DEFAULT_FEED = "sip";
    public static final int DEFAULT_SYMBOLS_PER_REQUEST = 100;
    public static final int MAX_PAGE_LIMIT = 10_000;

    public AlpacaDataSettings {
        if (keyId == null || keyId.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw KairosException.usage("Alpaca API keys missing: set APCA_API_KEY_ID and APCA_API_SECRET_KEY"
                    + " in the environment or .env");
        }
        if (baseUrl == null || HttpUrl.parse(baseUrl) == null) {
            throw KairosException.usage("The Alpaca market data base URL is not an http(s) URL: " + baseUrl);
        }
        if (feed == null || feed.isBlank()) {
            throw KairosException.usage("The Alpaca data feed is required (sip, iex, ...)");
        }
        if (symbolsPerRequest < 1) {
            throw KairosException.usage("Alpaca symbols per request must be at least 1, got " + symbolsPerRequest);
        }
        if (pageLimit < 1 || pageLimit > MAX_PAGE_LIMIT) {
            throw KairosException.usage("The Alpaca page limit must be between 1 and " + MAX_PAGE_LIMIT + ", got " + pageLimit);
        }
        if (retry == null) {
            throw new IllegalArgumentException("retry policy is required");
        }
    }

    /** The production host, the SIP feed, 100 symbols per request, the largest pages and the default retries. */
    public static AlpacaDataSettings withKeys(String keyId, String secretKey) {
        return new AlpacaDataSettings(DEFAULT_BASE_URL, keyId, secretKey, DEFAULT_FEED, DEFAULT_SYMBOLS_PER_REQUEST,
                MAX_PAGE_LIMIT, RetryPolicy.DEFAULTS);
    }

    @Override
    public String toString() {
        return "AlpacaDataSettings[baseUrl=" + baseUrl + ", keyId=REDACTED, secretKey=REDACTED, feed=" + feed
                + ", symbolsPerRequest=" + symbolsPerRequest + ", pageLimit=" + pageLimit + ", retry=" + retry + "]";
    }
}
