package io.kairos.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.http.HttpRequestFailure.Reason;
import io.kairos.ops.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one service, gets JSON back, and survives the service's bad moments: a 429, a
 * 5xx or a dropped connection is retried after a backoff (or after the wait the service asked for),
 * up to the policy's attempts. Any other refusal fails at once. A request that must not be sent
 * twice (an order) goes through {@link #sendOnce} instead. Every failure is an
 * {@link HttpRequestFailure} that names the service and the URL with its secrets masked, and says
 * what to do; secrets never reach a message or a log line.
 */
public final class RetryingJsonClient {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingJsonClient.class);

    /** A wait asked for beyond this (a daily quota, a maintenance window) fails now instead of hanging the run. */
    static final Duration LONGEST_WAIT_ASKED = Duration.ofMinutes(5);

    private final HttpService service;
    private final OkHttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Backoff backoff;

    public RetryingJsonClient(HttpService service, OkHttpClient http, RetryPolicy policy, RetryTiming timing) {
        this.service = service;
        this.http = http;
        this.policy = policy;
        this.sleeper = timing.sleeper();
        this.backoff = new Backoff(policy, timing);
    }

    /** GETs {@code url} with {@code headers} (credentials included) and parses the answer. */
    public JsonResponse get(HttpUrl url, Headers headers) {
        return send(new Request.Builder().url(url).headers(headers).get().build());
    }

    /**
     * Sends a request that is safe to send again (a GET, or a DELETE whose outcome the caller reads
     * back) and parses the answer, retrying as the policy says.
     */
    public JsonResponse send(Request request) {
        return execute(request, true);
    }

    /**
     * Sends a request that must not be sent twice (an order) exactly once and parses the answer; any
     * failure is final, and a timeout or 5xx may hide a request the service acted on. On a 429 it
     * first waits as the service asked, so that the caller's next request (looking up what became of
     * this one) is not throttled too.
     */
    public JsonResponse sendOnce(Request request) {
        return execute(request, false);
    }

    private JsonResponse execute(Request request, boolean repeatable) {
        Request sent = request.newBuilder().header("Accept", "application/json").build();
        Redactor redactor = Redactor.of(sent);
        Call call = new Call(sent, repeatable, repeatable ? policy.maxAttempts() : 1, redactor,
                service.name() + " " + sent.method() + " " + redactor.url());
        for (int attempt = 1; ; attempt++) {
            LOG.debug("{} (attempt {} of {})", call.where(), attempt, call.attempts());
            Duration wait;
            try (Response response = http.newCall(call.request()).execute()) {
                String body = bodyOf(response);
                if (response.isSuccessful()) {
                    return new JsonResponse(parse(body, call), call.redactor().url());
                }
                wait = waitBeforeRetry(response, body, attempt, call);
            } catch (IOException e) {
                if (attempt == call.attempts()) {
                    throw unreachable(e, attempt, call);
                }
                wait = backoff.afterFailure(attempt);
                LOG.warn("{} failed ({}); retrying in {} (attempt {} of {})", call.where(),
                        call.redactor().scrub(describe(e)), seconds(wait), attempt + 1, call.attempts());
            }
            sleep(wait, call);
        }
    }

    /** The wait before the next attempt, or the failure that ends this request. */
    private Duration waitBeforeRetry(Response response, String body, int attempt, Call call) {
        int status = response.code();
        if (!retryable(status)) {
            throw call.failure(Reason.REFUSED, status, body,
                    " was refused with HTTP " + status + ": " + service.explain(status, body));
        }
        Optional<Duration> asked = backoff.askedByService(response);
        if (!call.repeatable()) {
            if (status == 429) {
                Duration wait = asked.orElseGet(() -> backoff.afterFailure(1));
                if (wait.compareTo(LONGEST_WAIT_ASKED) <= 0) {
                    sleep(wait, call);
                }
            }
            throw call.failure(Reason.FAILING, status, body, " answered HTTP " + status
                    + " and was not sent again, since a second one could be acted on twice: " + service.explain(status, body));
        }
        if (attempt == call.attempts()) {
            throw call.failure(Reason.FAILING, status, body, " still failed with HTTP " + status + " after " + attempt
                    + " attempt" + (attempt == 1 ? "" : "s") + ": " + service.explain(status, body));
        }
        if (asked.isPresent() && asked.get().compareTo(LONGEST_WAIT_ASKED) > 0) {
            throw call.failure(Reason.FAILING, status, body, " answered HTTP " + status + " and asked to wait "
                    + seconds(asked.get()) + " before trying again, longer than kairos waits within a run: "
                    + service.explain(status, body));
        }
        Duration wait = asked.orElseGet(() -> backoff.afterFailure(attempt));
        LOG.warn("{} answered HTTP {}; retrying in {} (attempt {} of {})", call.where(), status, seconds(wait), attempt + 1,
                call.attempts());
        return wait;
    }

    private HttpRequestFailure unreachable(IOException e, int attempt, Call call) {
        String message = call.repeatable()
                ? "Could not reach " + service.name() + " for " + call.request().method() + " " + call.redactor().url()
                        + " after " + attempt + " attempt" + (attempt == 1 ? "" : "s") + ": " + describe(e)
                        + ". Check the network connection and the base URL, then run the command again."
                : "No complete answer from " + service.name() + " to " + call.request().method() + " "
                        + call.redactor().url() + ": " + describe(e) + ". It was not sent again, since a second one"
                        + " could be acted on twice.";
        return new HttpRequestFailure(Reason.UNREACHABLE, 0, "", call.redactor().scrub(message), e);
    }

    /** Throttling and server trouble pass; anything else (bad key, bad request) fails the same way again. */
    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    private static String bodyOf(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private JsonNode parse(String body, Call call) {
        JsonNode document;
        try {
            document = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw call.failure(Reason.MALFORMED, 200, body, " answered malformed JSON" + position + ": "
                    + firstLine(e.getOriginalMessage()) + ". Run the command again; if it keeps happening the service is"
                    + " sending something other than its API's JSON (a proxy or maintenance page?).", e);
        }
        if (document == null || document.isMissingNode()) {
            throw call.failure(Reason.MALFORMED, 200, body, " answered an empty body where JSON was expected. Run the"
                    + " command again.");
        }
        return document;
    }

    private void sleep(Duration wait, Call call) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw call.failure(Reason.INTERRUPTED, 0, "", " was interrupted while waiting.", e);
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable document";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }

    /**
     * One request as sent, and how it is reported: {@code where} is the service, method and URL with its
     * secrets masked, the start of every message about it.
     */
    private record Call(Request request, boolean repeatable, int attempts, Redactor redactor, String where) {

        /** A failure whose message is {@code where} followed by {@code what}, secrets masked in both it and the body. */
        HttpRequestFailure failure(Reason reason, int status, String body, String what) {
            return failure(reason, status, body, what, null);
        }

        HttpRequestFailure failure(Reason reason, int status, String body, String what, Throwable cause) {
            return new HttpRequestFailure(reason, status, redactor.scrub(body), redactor.scrub(where + what), cause);
        }
    }
}
