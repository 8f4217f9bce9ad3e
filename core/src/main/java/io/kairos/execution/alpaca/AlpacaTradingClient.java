package io.kairos.execution.alpaca;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kairos.execution.BrokerException;
import io.kairos.http.HttpRequestFailure;
import io.kairos.http.JsonResponse;
import io.kairos.http.RetryTiming;
import io.kairos.http.RetryingJsonClient;
import io.kairos.ops.Json;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The Trading API over HTTP: the keys in their headers on every request, reads retried, orders sent
 * once, and every failure as a {@link BrokerException}. Neither OkHttp's silent retry of a dropped
 * connection nor redirects are allowed: the first could send an order twice, the second would carry
 * the keys to another host.
 */
final class AlpacaTradingClient {

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl base;
    private final Headers credentials;
    private final AlpacaTradingErrors errors = new AlpacaTradingErrors();
    private final RetryingJsonClient client;

    AlpacaTradingClient(AlpacaBrokerSettings settings, OkHttpClient http, RetryTiming timing) {
        this.base = HttpUrl.get(settings.baseUrl());
        this.credentials = Headers.of("APCA-API-KEY-ID", settings.keyId(), "APCA-API-SECRET-KEY", settings.secretKey());
        OkHttpClient strict = http.newBuilder().retryOnConnectionFailure(false).followRedirects(false)
                .followSslRedirects(false).build();
        this.client = new RetryingJsonClient(errors, strict, settings.retry(), timing);
    }

    /** The URL of {@code path} (such as {@code v2/orders}) under the base URL, to add query parameters to. */
    HttpUrl.Builder url(String path) {
        return base.newBuilder().addPathSegments(path);
    }

    JsonResponse get(HttpUrl url) {
        try {
            return client.send(request(url).get().build());
        } catch (HttpRequestFailure failure) {
            throw errors.forRead(failure);
        }
    }

    /** GETs something that may not exist: Alpaca's 404 means it does not. */
    Optional<JsonResponse> find(HttpUrl url) {
        try {
            return Optional.of(client.send(request(url).get().build()));
        } catch (HttpRequestFailure failure) {
            if (failure.reason() == HttpRequestFailure.Reason.REFUSED && failure.status() == 404) {
                return Optional.empty();
            }
            throw errors.forRead(failure);
        }
    }

    /** A DELETE whose outcome the answer reports (Alpaca's 207 per-item list), so safe to retry. */
    JsonResponse delete(HttpUrl url) {
        try {
            return client.send(request(url).delete().build());
        } catch (HttpRequestFailure failure) {
            throw errors.forRead(failure);
        }
    }

    /** POSTs an order once; see {@link AlpacaTradingErrors#forOrder} for what a failure means. */
    JsonResponse submit(HttpUrl url, JsonNode order, String clientOrderId) {
        try {
            return client.sendOnce(request(url).post(RequestBody.create(compact(order), JSON)).build());
        } catch (HttpRequestFailure failure) {
            throw errors.forOrder(failure, clientOrderId);
        }
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).headers(credentials);
    }

    private static String compact(JsonNode body) {
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an order body is plain values", e);
        }
    }
}
