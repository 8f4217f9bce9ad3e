package io.kairos.data.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.http.JsonResponse;
import io.kairos.http.RetryTiming;
import io.kairos.http.RetryingJsonClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Reads daily bars for several symbols from {@code GET /v2/stocks/bars}, following
 * {@code next_page_token} until it is null and repeating the other parameters on every page.
 * {@code asof} is left to its default, so a symbol's history under former names is included.
 */
final class StockBarsClient {

    /** Daily bars start at midnight in New York, sent as 04:00Z in summer and 05:00Z in winter. */
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final HttpUrl bars;
    private final Headers credentials;
    private final String feed;
    private final int pageLimit;
    private final RetryingJsonClient client;

    StockBarsClient(AlpacaDataSettings settings, OkHttpClient http, RetryTiming timing) {
        this.bars = HttpUrl.get(settings.baseUrl()).newBuilder().addPathSegments("v2/stocks/bars").build();
        this.credentials = Headers.of("APCA-API-KEY-ID", settings.keyId(), "APCA-API-SECRET-KEY", settings.secretKey());
        this.feed = settings.feed();
        this.pageLimit = settings.pageLimit();
        this.client = new RetryingJsonClient(new AlpacaDataErrors(settings.feed()), http, settings.retry(), timing);
    }

    /** Every {@code adjustment} bar of {@code symbols} between the two instants; calls {@code onRequest} after each page. */
    BarsPass read(List<String> symbols, Adjustment adjustment, Instant start, Instant end, Runnable onRequest) {
        BarsPass pass = new BarsPass(adjustment);
        String pageToken = null;
        do {
            HttpUrl.Builder url = bars.newBuilder()
                    .addQueryParameter("symbols", String.join(",", symbols))
                    .addQueryParameter("timeframe", "1Day")
                    .addQueryParameter("start", start.toString())
                    .addQueryParameter("end", end.toString())
                    .addQueryParameter("limit", Integer.toString(pageLimit))
                    .addQueryParameter("adjustment", adjustment.parameter())
                    .addQueryParameter("feed", feed);
            if (pageToken != null) {
                url.addQueryParameter("page_token", pageToken);
            }
            JsonResponse page = client.get(url.build(), credentials);
            addPage(page, pass);
            onRequest.run();
            JsonNode next = page.body().path("next_page_token");
            String nextToken = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
            if (nextToken != null && nextToken.equals(pageToken)) {
                throw KairosException.failure("Alpaca returned the same page token twice for GET " + page.url()
                        + ", which would never end; nothing was written. Run the command again.");
            }
            pageToken = nextToken;
        } while (pageToken != null);
        return pass;
    }

    private static void addPage(JsonResponse page, BarsPass pass) {
        for (Map.Entry<String, JsonNode> series : page.body().path("bars").properties()) {
            for (JsonNode bar : series.getValue()) {
                pass.add(series.getKey(), dailyBar(series.getKey(), bar, page.url()));
            }
        }
    }

    private static DailyBar dailyBar(String symbol, JsonNode bar, String url) {
        double close = number(bar.path("c"));
        if (!bar.path("t").isTextual() || Double.isNaN(close)) {
            throw KairosException.failure("Alpaca returned a bar for " + symbol + " without a time or close: " + bar
                    + "; nothing was written. The answer came from GET " + url);
        }
        return new DailyBar(sessionDate(symbol, bar.path("t").asText(), url), number(bar.path("o")),
                number(bar.path("h")), number(bar.path("l")), close, number(bar.path("v")));
    }

    /** The session a daily bar belongs to: its start instant seen in New York, whatever the JVM's zone. */
    private static LocalDate sessionDate(String symbol, String timestamp, String url) {
        try {
            return OffsetDateTime.parse(timestamp).atZoneSameInstant(NEW_YORK).toLocalDate();
        } catch (DateTimeParseException e) {
            throw KairosException.failure("Alpaca returned a bar for " + symbol + " with the time '" + timestamp
                    + "', which is not RFC 3339; nothing was written. The answer came from GET " + url);
        }
    }

    private static double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }
}
