package io.kairos.data.sharadar;

import io.kairos.KairosException;
import io.kairos.http.RetryTiming;
import io.kairos.http.RetryingJsonClient;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Reads SHARADAR tables through the Nasdaq Data Link tables API, page after page: each request
 * repeats the same filters and adds the {@code qopts.cursor_id} the previous page returned, until
 * a page returns none.
 *
 * <p>The key travels in the {@code X-Api-Token} header (as the official SDK sends it) rather than
 * the documented {@code api_key} query parameter: URLs end up in proxy and server access logs and
 * in error messages, headers do not.
 */
final class NasdaqTables {

    private final HttpUrl base;
    private final Headers credentials;
    private final int pageSize;
    private final RetryingJsonClient client;

    NasdaqTables(SharadarSettings settings, OkHttpClient http, RetryTiming timing) {
        this.base = HttpUrl.get(settings.baseUrl());
        this.credentials = Headers.of("X-Api-Token", settings.apiKey());
        this.pageSize = settings.pageSize();
        this.client = new RetryingJsonClient(new NasdaqErrors(), http, settings.retry(), timing);
    }

    /**
     * Hands every page of {@code SHARADAR/<table>} matching {@code filters} to {@code onPage}, in
     * order; returns how many pages there were.
     */
    int readAll(String table, Map<String, String> filters, Consumer<DatatablePage> onPage) {
        String cursor = null;
        int pageNumber = 0;
        do {
            HttpUrl.Builder url = base.newBuilder().addPathSegments("datatables/SHARADAR/" + table + ".json");
            filters.forEach(url::addQueryParameter);
            url.addQueryParameter("qopts.per_page", Integer.toString(pageSize));
            if (cursor != null) {
                url.addQueryParameter("qopts.cursor_id", cursor);
            }
            pageNumber++;
            DatatablePage page = DatatablePage.parse("SHARADAR/" + table, pageNumber, client.get(url.build(), credentials));
            onPage.accept(page);
            if (cursor != null && cursor.equals(page.nextCursor())) {
                throw KairosException.failure("Nasdaq Data Link returned the same cursor twice for SHARADAR/" + table
                        + " (page " + pageNumber + "), which would never end; nothing was written. Run the command again.");
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return pageNumber;
    }
}
