package io.kairos.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
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
 * GETs JSON from one service and survives its bad moments: a 429, a 5xx or a dropped connection is
 * retried after a backoff (or after the wait the service asked for), up to the policy's attempts.
 * Any other refusal fails at once. Every failure is a {@link KairosException} that names the
 * service and the URL with its secrets masked, and says what to do; secrets never reach a message
 * or a log line.
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
        Request request = new Request.Builder().url(url).headers(headers).header("Accept", "application/json").get().build();
        Redactor redactor = Redactor.of(request);
        for (int attempt = 1; ; attempt++) {
            LOG.debug("{} GET {} (attempt {} of {})", service.name(), redactor.url(), attempt, policy.maxAttempts());
            Duration wait;
            try (Response response = http.newCall(request).execute()) {
                String body = bodyOf(response);
                if (response.isSuccessful()) {
                    return new JsonResponse(parse(body, redactor), redactor.url());
                }
                wait = waitBeforeRetry(response, body, attempt, redactor);
            } catch (IOException e) {
                if (attempt == policy.maxAttempts()) {
                    throw KairosException.failure(redactor.scrub("Could not reach " + service.name() + " for GET "
                            + redactor.url() + " after " + attempt + " attempt" + (attempt == 1 ? "" : "s") + ": "
                            + describe(e) + ". Check the network connection and the base URL, then run the command again."), e);
                }
                wait = backoff.afterFailure(attempt);
                LOG.warn("{} GET {} failed ({}); retrying in {} (attempt {} of {})", service.name(), redactor.url(),
                        redactor.scrub(describe(e)), seconds(wait), attempt + 1, policy.maxAttempts());
            }
            sleep(wait, redactor);
        }
    }

    /** The wait before the next attempt, or the exception that ends this GET. */
    private Duration waitBeforeRetry(Response response, String body, int attempt, Redactor redactor) {
        int status = response.code();
        String where = service.name() + " GET " + redactor.url();
        if (!retryable(status)) {
            throw KairosException.failure(redactor.scrub(
                    where + " was refused with HTTP " + status + ": " + service.explain(status, body)));
        }
        if (attempt == policy.maxAttempts()) {
            throw KairosException.failure(redactor.scrub(where + " still failed with HTTP " + status + " after "
                    + attempt + " attempt" + (attempt == 1 ? "" : "s") + ": " + service.explain(status, body)));
        }
        Optional<Duration> asked = backoff.askedByService(response);
        if (asked.isPresent() && asked.get().compareTo(LONGEST_WAIT_ASKED) > 0) {
            throw KairosException.failure(redactor.scrub(where + " answered HTTP " + status + " and asked to wait "
                    + seconds(asked.get()) + " before trying again, longer than kairos waits within a run: "
                    + service.explain(status, body)));
        }
        Duration wait = asked.orElseGet(() -> backoff.afterFailure(attempt));
        LOG.warn("{} answered HTTP {}; retrying in {} (attempt {} of {})", where, status, seconds(wait), attempt + 1,
                policy.maxAttempts());
        return wait;
    }

    /** Throttling and server trouble pass; anything else (bad key, bad request) fails the same way again. */
    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    private static String bodyOf(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private JsonNode parse(String body, Redactor redactor) {
        JsonNode document;
        try {
            document = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw KairosException.failure(redactor.scrub(service.name() + " GET " + redactor.url()
                    + " answered malformed JSON" + position + ": " + firstLine(e.getOriginalMessage())
                    + ". Run the command again; if it keeps happening the service is sending something other than"
                    + " its API's JSON (a proxy or maintenance page?)."), e);
        }
        if (document == null || document.isMissingNode()) {
            throw KairosException.failure(redactor.scrub(service.name() + " GET " + redactor.url()
                    + " answered an empty body where JSON was expected. Run the command again."));
        }
        return document;
    }

    private void sleep(Duration wait, Redactor redactor) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while waiting to retry " + service.name() + " GET "
                    + redactor.url() + ".", e);
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
}
