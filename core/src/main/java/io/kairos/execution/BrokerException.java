package io.kairos.execution;

import io.kairos.KairosException;

/** A broker call that failed, and how: what the caller may do next depends on the kind. */
public final class BrokerException extends KairosException {

    public enum Kind {
        /** The broker definitively refused (4xx but 429): do not retry; its message says why. */
        REFUSED,
        /** An order with this client order id already exists (Alpaca's 422 "client_order_id must be unique"). */
        DUPLICATE,
        /** An order POST whose outcome is unknown (timeout, dropped connection, 5xx): look the order up. */
        UNKNOWN_OUTCOME,
        /** The broker could not be reached or kept failing after the retries. */
        UNAVAILABLE,
        /** The keys were missing or refused (401, 403 without a business code). */
        AUTHENTICATION
    }

    private final Kind brokerKind;
    private final int httpStatus;

    public BrokerException(Kind kind, int httpStatus, String message) {
        this(kind, httpStatus, message, null);
    }

    public BrokerException(Kind kind, int httpStatus, String message, Throwable cause) {
        super(KairosException.Kind.FAILURE, message, cause);
        this.brokerKind = kind;
        this.httpStatus = httpStatus;
    }

    public Kind brokerKind() {
        return brokerKind;
    }

    /** The HTTP status, 0 when there was no response. */
    public int httpStatus() {
        return httpStatus;
    }
}
