package io.kairos.http;

import io.kairos.KairosException;

/**
 * A request that failed for good. The message names the service and the URL with its secrets masked
 * and says what to do; callers that must tell a refusal from an outage (a broker deciding whether an
 * order may have been accepted) also read the reason, the status and the body.
 */
public final class HttpRequestFailure extends KairosException {

    public enum Reason {
        /** The service answered a status that is not retried (a 4xx but 429): the same request would be refused again. */
        REFUSED,
        /** The service answered 429 or 5xx on the last attempt, or asked to wait longer than a run waits. */
        FAILING,
        /** No complete answer: a timeout, a refused or dropped connection. */
        UNREACHABLE,
        /** A success status whose body is not JSON. */
        MALFORMED,
        /** Interrupted while waiting to retry. */
        INTERRUPTED
    }

    private final Reason reason;
    private final int status;
    private final String body;

    HttpRequestFailure(Reason reason, int status, String body, String message, Throwable cause) {
        super(Kind.FAILURE, message, cause);
        this.reason = reason;
        this.status = status;
        this.body = body;
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status of the last answer, 0 when there was none. */
    public int status() {
        return status;
    }

    /** The last answer's body with the request's secrets masked, empty when there was none. */
    public String body() {
        return body;
    }
}
