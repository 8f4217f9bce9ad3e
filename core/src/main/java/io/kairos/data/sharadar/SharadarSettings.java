package io.kairos.data.sharadar;

import io.kairos.KairosException;
import io.kairos.http.RetryPolicy;
import okhttp3.HttpUrl;

/**
 * Where and how to reach Sharadar on Nasdaq Data Link. {@link #toString()} masks the key so the
 * settings can be logged.
 *
 * @param baseUrl  the API root, {@value #DEFAULT_BASE_URL} unless testing
 * @param apiKey   the Nasdaq Data Link API key
 * @param pageSize rows per page ({@code qopts.per_page}), at most {@value #MAX_PAGE_SIZE}
 * @param retry    how hard each request tries
 */
public record SharadarSettings(String baseUrl, String apiKey, int pageSize, RetryPolicy retry) {

    public static final String DEFAULT_BASE_URL = "https://data.nasdaq.com/api/v3";
    public static final int MAX_PAGE_SIZE = 10_000;

    public SharadarSettings {
        if (apiKey == null || apiKey.isBlank()) {
            throw KairosException.usage("Nasdaq Data Link API key missing: set NASDAQ_DATA_LINK_API_KEY"
                    + " (or NASDAQ_API_KEY) in the environment or .env");
        }
        if (baseUrl == null || HttpUrl.parse(baseUrl) == null) {
            throw KairosException.usage("The Nasdaq Data Link base URL is not an http(s) URL: " + baseUrl);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw KairosException.usage("The Sharadar page size must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
        }
        if (retry == null) {
            throw new IllegalArgumentException("retry policy is required");
        }
    }

    /** The production host, the largest pages and the default retries. */
    public static SharadarSettings withKey(String apiKey) {
        return new SharadarSettings(DEFAULT_BASE_URL, apiKey, MAX_PAGE_SIZE, RetryPolicy.DEFAULTS);
    }

    @Override
    public String toString() {
        return "SharadarSettings[baseUrl=" + baseUrl + ", apiKey=REDACTED, pageSize=" + pageSize + ", retry=" + retry + "]";
    }
}
